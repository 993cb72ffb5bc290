import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import { cfnMapping, cfnQueue, esmApp, l2Function, ruleWarnings, SOURCE_ARNS } from '../event-source-helpers';
import { cfnFunction } from '../helpers';

const RULE = 'LambdaKit.Sqs.DuplicateMapping';

describe(RULE, () => {
  test('two mappings of one literal queue to one function warn once, on the second', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M1', fn);
    cfnMapping(stack, 'M2', fn);
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining('Stack/M2: `EventSourceArn` must be a queue not already mapped to this function (Stack/M1 maps it)')]);
  });

  test('different queues, functions or qualifiers are fine', () => {
    const { app, stack, fn } = esmApp();
    const other = cfnFunction(stack, 'Other');
    cfnMapping(stack, 'M1', fn);
    cfnMapping(stack, 'M2', fn, { eventSourceArn: SOURCE_ARNS.fifo });
    cfnMapping(stack, 'M3', other);
    cfnMapping(stack, 'M4', fn, { functionName: 'arn:aws:lambda:us-east-1:123456789012:function:x:live' });
    cfnMapping(stack, 'M5', fn, { functionName: 'arn:aws:lambda:us-east-1:123456789012:function:x:prod' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });

  test('an L2 SqsEventSource and an L2 mapping of the same queue', () => {
    const { app, stack } = esmApp();
    const fn = l2Function(stack, 'L2Fn');
    const queue = new sqs.Queue(stack, 'Queue');
    fn.addEventSource(new sources.SqsEventSource(queue));
    fn.addEventSourceMapping('Again', { eventSourceArn: queue.queueArn, batchSize: 5 });
    expect(ruleWarnings(app, RULE)).toHaveLength(1);
  });

  test('unknown functions are not compared', () => {
    const { app, stack, fn } = esmApp();
    const queue = cfnQueue(stack, 'Q');
    cfnMapping(stack, 'M1', fn, { eventSourceArn: queue.attrArn }).addPropertyOverride('FunctionName', { 'Fn::ImportValue': 'F' });
    cfnMapping(stack, 'M2', fn, { eventSourceArn: queue.attrArn }).addPropertyOverride('FunctionName', { 'Fn::ImportValue': 'F' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
