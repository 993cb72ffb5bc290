import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.Sqs.BatchSizeNeedsBatchingWindow';

describe(RULE, () => {
  test.each([
    [10, undefined, false], [11, undefined, true], [11, 0, true], [11, 1, false], [10_000, 300, false],
  ])('BatchSize %d with window %s fails: %s', (batchSize, maximumBatchingWindowInSeconds, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { batchSize, maximumBatchingWindowInSeconds });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('only for SQS', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: 'LATEST', batchSize: 100 });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });

  test('catches an L2 EventSourceMapping, with the message', () => {
    const { app, stack } = esmApp();
    new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.sqs, batchSize: 100 });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/M/Resource: \`MaximumBatchingWindowInSeconds\` must be at least 1 second when BatchSize (100) is above 10, got: undefined.`,
    )]);
  });

  test('does not flag a token window', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { batchSize: 100 }).addPropertyOverride('MaximumBatchingWindowInSeconds', { Ref: 'Window' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
