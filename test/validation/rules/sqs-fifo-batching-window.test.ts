import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, cfnQueue, esmApp, l2Function, ruleErrors, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.Sqs.FifoBatchingWindow';

describe(RULE, () => {
  test.each([
    ['fifo', 0, false], ['fifo', 1, true], ['sqs', 5, false],
  ] as const)('%s with window %d fails: %s', (kind, maximumBatchingWindowInSeconds, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS[kind], maximumBatchingWindowInSeconds });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test.each([
    [{ fifoQueue: true }, true], [{ queueName: 'jobs.fifo' }, true], [{ queueName: 'jobs' }, false], [{}, false],
  ])('same-app queue %j fails: %s', (queueProps, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: cfnQueue(stack, 'Q', queueProps).attrArn, maximumBatchingWindowInSeconds: 5 });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an L2 EventSourceMapping on a literal FIFO queue ARN', () => {
    const { app, stack } = esmApp();
    new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.fifo, maxBatchingWindow: Duration.seconds(5) });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/M/Resource: \`MaximumBatchingWindowInSeconds\` must be absent for an SQS FIFO queue, got: 5.`)]);
  });

  test('does not flag when FifoQueue is a token', () => {
    const { app, stack, fn } = esmApp();
    const queue = cfnQueue(stack, 'Q');
    queue.addPropertyOverride('FifoQueue', { Ref: 'Fifo' });
    cfnMapping(stack, 'M', fn, { eventSourceArn: queue.attrArn, maximumBatchingWindowInSeconds: 5 });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
