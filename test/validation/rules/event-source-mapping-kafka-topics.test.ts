import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.KafkaTopics';

describe(RULE, () => {
  test.each([
    [['orders'], 0], [['ab'], 0], [['a'.repeat(249)], 0], [['a'.repeat(250)], 1], [['a'], 1], [['.orders'], 1], [['orders', 'refunds'], 1], [[], 1],
  ])('%j: %d findings', (topics, count) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.msk, startingPosition: 'LATEST', topics });
    expect(ruleErrors(app, RULE)).toHaveLength(count);
  });

  test('catches an L2 mapping with a one-character topic, with the message', () => {
    const { app, stack } = esmApp();
    new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.msk, kafkaTopic: 'x', startingPosition: lambda.StartingPosition.LATEST });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining("Stack/M/Resource: `Topics.0` must be a Kafka topic name of 2 to 249 characters matching ^[^.][a-zA-Z0-9\\-_.]+, got: 'x'.")]);
  });

  test('does not flag token topics', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.msk, startingPosition: 'LATEST' }).addPropertyOverride('Topics', [{ Ref: 'Topic' }]);
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
