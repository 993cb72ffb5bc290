import * as sqs from 'aws-cdk-lib/aws-sqs';
import { cfnMapping, cfnQueue, esmApp, ruleErrors, ruleWarnings, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.Sqs.SourceDeadLetterQueue';

describe(RULE, () => {
  test('warns on a mapped queue without a redrive policy, naming the queue and the fix', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: cfnQueue(stack, 'Q').attrArn });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(
      "[LambdaKit.Sqs.SourceDeadLetterQueue] Stack/M: `EventSourceArn` must be a queue with a redrive policy to a dead-letter queue, got: 'queue Stack/Q without a RedrivePolicy'. Give the queue a deadLetterQueue",
    )]);
    expect(ruleErrors(app, RULE)).toEqual([]);
  });

  test('warns on a redrive policy without a dead-letter target', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: cfnQueue(stack, 'Q', { redrivePolicy: { maxReceiveCount: 5 } }).attrArn });
    expect(ruleWarnings(app, RULE)).toHaveLength(1);
  });

  test('does not warn on a queue with a dead-letter queue (L1 or L2)', () => {
    const { app, stack, fn } = esmApp();
    const dlq = cfnQueue(stack, 'Dlq');
    cfnMapping(stack, 'M', fn, { eventSourceArn: cfnQueue(stack, 'Q', { redrivePolicy: { deadLetterTargetArn: dlq.attrArn, maxReceiveCount: 5 } }).attrArn });
    const queue = new sqs.Queue(stack, 'L2', { deadLetterQueue: { queue: new sqs.Queue(stack, 'L2Dlq'), maxReceiveCount: 5 } });
    cfnMapping(stack, 'M2', fn, { eventSourceArn: queue.queueArn });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });

  test('does not flag imported queues, unknown redrive policies or other sources', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'Imported', fn, { eventSourceArn: SOURCE_ARNS.sqs });
    cfnMapping(stack, 'Token', fn, { eventSourceArn: cfnQueue(stack, 'Q', { redrivePolicy: { 'Fn::ImportValue': 'policy' } }).attrArn });
    cfnMapping(stack, 'Stream', fn, { eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: 'LATEST' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
