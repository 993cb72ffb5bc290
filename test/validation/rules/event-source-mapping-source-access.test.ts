import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, KAFKA_BOOTSTRAP, l2Function, ruleErrors } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.SourceAccessConfigurations';
const configs = (count: number) => Array.from({ length: count }, (_, i) => ({ type: 'VPC_SUBNET', uri: `subnet:subnet-${i}` }));

describe(RULE, () => {
  test.each([[22, false], [23, true]])('%d configurations fail: %s', (count, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: undefined, selfManagedEventSource: KAFKA_BOOTSTRAP, topics: ['orders'], startingPosition: 'LATEST', sourceAccessConfigurations: configs(count) });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an L2 mapping, with the message', () => {
    const { app, stack } = esmApp();
    new lambda.EventSourceMapping(stack, 'M', {
      target: l2Function(stack, 'L2Fn'), kafkaBootstrapServers: ['b-1.example.com:9092'], kafkaTopic: 'orders', startingPosition: lambda.StartingPosition.LATEST,
      sourceAccessConfigurations: configs(23).map(c => ({ type: lambda.SourceAccessConfigurationType.VPC_SUBNET, uri: c.uri })),
    });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/M/Resource: `SourceAccessConfigurations` must be a list of at most 22 items, got: [')]);
  });

  test('does not flag a token list', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn).addPropertyOverride('SourceAccessConfigurations', { Ref: 'C' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
