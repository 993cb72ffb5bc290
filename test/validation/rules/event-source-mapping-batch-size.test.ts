import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { cfnMapping, cfnQueue, esmApp, l2Function, ruleErrors, SOURCE_ARNS, validFor } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.BatchSize';

describe(RULE, () => {
  test.each([
    ['kinesis', 1, false], ['kinesis', 10_000, false], ['kinesis', 0, true], ['kinesis', 10_001, true], ['dynamodb', 10_001, true],
    ['msk', 10_000, false], ['mq', 10_001, true], ['fifo', 10, false], ['fifo', 11, true], ['kinesis', 1.5, true],
  ] as const)('%s with BatchSize %d fails: %s', (kind, batchSize, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { ...validFor(kind), batchSize });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('a same-app FIFO queue allows at most 10', () => {
    const { app, stack, fn } = esmApp();
    const queue = cfnQueue(stack, 'Queue', { fifoQueue: true });
    cfnMapping(stack, 'M', fn, { eventSourceArn: queue.attrArn, batchSize: 11 });
    expect(ruleErrors(app, RULE)).toEqual([
      expect.stringContaining(`[${RULE}] Stack/M: \`BatchSize\` must be a whole number from 1 to 10 for an SQS FIFO queue, got: 11.`),
    ]);
  });

  test('catches an L2 EventSourceMapping', () => {
    const { app, stack } = esmApp();
    new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: lambda.StartingPosition.LATEST, batchSize: 20_000 });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/M/Resource: `BatchSize` must be a whole number from 1 to 10,000, got: 20000.')]);
  });

  test('does not flag a token', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: new sqs.Queue(stack, 'Q', { fifo: true }).queueArn }).addPropertyOverride('BatchSize', { Ref: 'Batch' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
