import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.MetricsConfig';

describe(RULE, () => {
  test.each([
    [['EventCount'], false], [['EventCount', 'ErrorCount', 'KafkaMetrics'], false], [[], true], [['EventCount', 'EventCount'], true], [['Events'], true],
  ])('%j fails: %s', (metrics, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { metricsConfig: { metrics } });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an L2 mapping with an override, with the message', () => {
    const { app, stack } = esmApp();
    const mapping = new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.sqs, metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] } });
    (mapping.node.defaultChild as lambda.CfnEventSourceMapping).addPropertyOverride('MetricsConfig.Metrics', ['EventCount', 'EventCount']);
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('`MetricsConfig.Metrics` must be a non-empty list of distinct values among EventCount, ErrorCount, KafkaMetrics, got: ["EventCount","EventCount"].')]);
  });

  test('does not flag a token list', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn).addPropertyOverride('MetricsConfig.Metrics', { Ref: 'M' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
