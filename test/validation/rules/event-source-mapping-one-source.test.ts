import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, KAFKA_BOOTSTRAP, l2Function, ruleErrors, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.OneSource';
const servers = (count: number) => ({ endpoints: { kafkaBootstrapServers: Array.from({ length: count }, (_, i) => `b-${i}.example.com:9092`) } });

describe(RULE, () => {
  test.each([
    ['EventSourceArn only', SOURCE_ARNS.msk, undefined, 0], ['SelfManagedEventSource only', undefined, KAFKA_BOOTSTRAP, 0],
    ['both', SOURCE_ARNS.msk, KAFKA_BOOTSTRAP, 1], ['neither', undefined, undefined, 1],
    ['10 servers', undefined, servers(10), 0], ['11 servers', undefined, servers(11), 1], ['0 servers', undefined, servers(0), 1],
  ])('%s: %d findings', (_name, eventSourceArn, selfManagedEventSource, count) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn, selfManagedEventSource, topics: ['orders'], startingPosition: 'LATEST' });
    expect(ruleErrors(app, RULE)).toHaveLength(count);
  });

  test('catches an L2 mapping override that adds an ARN to a self-managed source, with the message', () => {
    const { app, stack } = esmApp();
    const mapping = new lambda.EventSourceMapping(stack, 'M', {
      target: l2Function(stack, 'L2Fn'), kafkaBootstrapServers: ['b-1.example.com:9092'], kafkaTopic: 'orders', startingPosition: lambda.StartingPosition.LATEST,
    });
    (mapping.node.defaultChild as lambda.CfnEventSourceMapping).addPropertyOverride('EventSourceArn', SOURCE_ARNS.msk);
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/M/Resource: `SelfManagedEventSource` must be absent when EventSourceArn is set')]);
  });

  test('a token EventSourceArn counts as set', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn).addPropertyOverride('EventSourceArn', { Ref: 'Source' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
