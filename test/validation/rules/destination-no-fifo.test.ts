import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Destination.NoFifo';

describe(RULE, () => {
  test.each([
    ['arn:aws:sqs:us-east-1:123456789012:q.fifo', true],
    ['arn:aws:sns:us-east-1:123456789012:t.fifo', true],
    ['arn:aws:sqs:us-east-1:123456789012:q', false],
    ['arn:aws:lambda:us-east-1:123456789012:function:f', false],
  ])('%s fails: %s', (destination, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: cfnFunction(stack, 'Fn').ref, qualifier: '$LATEST', destinationConfig: { onFailure: { destination } } });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test.each([[true, true], [false, false]])('an L2 SQS destination with fifo %s fails: %s', (fifo, fails) => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn', { onFailure: new destinations.SqsDestination(new sqs.Queue(stack, 'Queue', { fifo })) });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an L2 SNS FIFO topic on success, with a message', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn', { onSuccess: new destinations.SnsDestination(new sns.Topic(stack, 'Topic', { fifo: true, topicName: 'events' })) });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/EventInvokeConfig/Resource: \`DestinationConfig.OnSuccess.Destination\` must be a standard (non-FIFO) SQS queue or SNS topic, got: 'Stack/Topic/Resource (FIFO)'.`)]);
  });

  test('reads the ARN of an imported FIFO queue', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn', { onFailure: new destinations.SqsDestination(sqs.Queue.fromQueueArn(stack, 'Imported', stack.formatArn({ service: 'sqs', resource: 'failures.fifo' }))) });
    expect(errorRuleIds(app)).toEqual([RULE]);
  });

  test('does not flag a queue whose FifoQueue is unknown', () => {
    const { app, stack } = limitsApp();
    const queue = new sqs.CfnQueue(stack, 'Queue');
    queue.addPropertyOverride('FifoQueue', { Ref: 'Fifo' });
    new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: cfnFunction(stack, 'Fn').ref, qualifier: '$LATEST', destinationConfig: { onFailure: { destination: queue.attrArn } } });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
