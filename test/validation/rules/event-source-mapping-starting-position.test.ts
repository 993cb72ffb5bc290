import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, ruleWarnings, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.StartingPosition';

describe(RULE, () => {
  test.each([
    ['kinesis', undefined, true], ['kinesis', 'LATEST', false], ['dynamodb', undefined, true], ['dynamodb', 'TRIM_HORIZON', false],
    ['sqs', 'LATEST', true], ['sqs', undefined, false], ['mq', 'TRIM_HORIZON', true], ['kinesis', 'EARLIEST', true], ['docdb', undefined, false],
  ] as const)('%s with StartingPosition %s fails: %s', (kind, startingPosition, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS[kind], startingPosition, queues: kind === 'mq' ? ['q'] : undefined });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('a Kafka mapping without a starting position is a warning', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.msk, topics: ['orders'] });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining('Stack/M: `StartingPosition` must be set for an Amazon MSK cluster')]);
  });

  test('catches an L2 mapping of a Kinesis stream without a starting position, with the message', () => {
    const { app, stack } = esmApp();
    new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.kinesis });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/M/Resource: \`StartingPosition\` must be set for a Kinesis stream, got: undefined. Set StartingPosition to LATEST, TRIM_HORIZON or AT_TIMESTAMP.`,
    )]);
  });

  test('does not flag a token', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.kinesis }).addPropertyOverride('StartingPosition', { Ref: 'P' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
