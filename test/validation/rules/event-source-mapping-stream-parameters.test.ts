import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, SOURCE_ARNS, validFor } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.StreamOnlyParameters';

describe(RULE, () => {
  test.each([
    ['sqs', true], ['fifo', true], ['mq', true], ['kinesis', false], ['dynamodb', false], ['msk', false],
  ] as const)('stream parameters on %s fail: %s', (kind, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, {
      ...validFor(kind),
      parallelizationFactor: 2, bisectBatchOnFunctionError: true, maximumRetryAttempts: 3, maximumRecordAgeInSeconds: 60, tumblingWindowInSeconds: 30,
    });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 5 : 0);
  });

  test('catches an L2 mapping of an SQS queue, with the message', () => {
    const { app, stack } = esmApp();
    new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.sqs, parallelizationFactor: 2 });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/M/Resource: \`ParallelizationFactor\` must be absent for an SQS queue (it applies to stream sources (Kinesis, DynamoDB Streams) only), got: 2.`,
    )]);
  });

  test('does not flag a source given by a parameter', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { bisectBatchOnFunctionError: true }).addPropertyOverride('EventSourceArn', { Ref: 'Source' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
