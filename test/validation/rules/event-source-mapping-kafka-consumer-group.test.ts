import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, KAFKA_BOOTSTRAP, l2Function, ruleErrors, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.KafkaConsumerGroupId';

describe(RULE, () => {
  test.each([['orders-consumer', false], ['a', false], ['a'.repeat(200), false], ['a'.repeat(201), true], ['', true], ['has space', true], ['a/b*c:d_e+f=g.h@i-j', false]])(
    'MSK consumer group %j fails: %s', (consumerGroupId, fails) => {
      const { app, stack, fn } = esmApp();
      cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.msk, startingPosition: 'LATEST', topics: ['orders'], amazonManagedKafkaEventSourceConfig: { consumerGroupId } });
      expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
    });

  test('self-managed Kafka too, through an L2 mapping override, with the message', () => {
    const { app, stack } = esmApp();
    const mapping = new lambda.EventSourceMapping(stack, 'M', {
      target: l2Function(stack, 'L2Fn'), kafkaBootstrapServers: KAFKA_BOOTSTRAP.endpoints.kafkaBootstrapServers, kafkaTopic: 'orders', startingPosition: lambda.StartingPosition.LATEST,
    });
    (mapping.node.defaultChild as lambda.CfnEventSourceMapping).addPropertyOverride('SelfManagedKafkaEventSourceConfig.ConsumerGroupId', 'bad group');
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining("`SelfManagedKafkaEventSourceConfig.ConsumerGroupId` must be 1 to 200 characters from a-z, A-Z, 0-9 and -/*:_+=.@, got: 'bad group'.")]);
  });

  test('does not flag a token', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.msk, startingPosition: 'LATEST', topics: ['orders'] })
      .addPropertyOverride('AmazonManagedKafkaEventSourceConfig.ConsumerGroupId', { Ref: 'G' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
