import { Duration } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import { cfnMapping, esmApp, l2Function, ruleErrors, ruleWarnings } from '../event-source-helpers';

const RULE = 'LambdaKit.Sqs.MaximumConcurrencyAboveReserved';

describe(RULE, () => {
  test.each([[10, 10, false], [11, 10, true], [50, undefined, false]])('MaximumConcurrency %d with reserved %s warns: %s', (maximumConcurrency, reserved, warns) => {
    const { app, stack, fn } = esmApp();
    fn.reservedConcurrentExecutions = reserved;
    cfnMapping(stack, 'M', fn, { scalingConfig: { maximumConcurrency } });
    expect(ruleWarnings(app, RULE).length).toBe(warns ? 1 : 0);
  });

  test('catches an L2 SqsEventSource, as a warning with the message', () => {
    const { app, stack } = esmApp();
    const fn = l2Function(stack, 'L2Fn', { reservedConcurrentExecutions: 5 });
    fn.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Q', { visibilityTimeout: Duration.minutes(5) }), { maxConcurrency: 20 }));
    expect(ruleErrors(app, RULE)).toEqual([]);
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining('`ScalingConfig.MaximumConcurrency` must be at most the ReservedConcurrentExecutions of Stack/L2Fn/Resource (5), got: 20.')]);
  });

  test('does not flag a token reserved concurrency', () => {
    const { app, stack, fn } = esmApp();
    fn.addPropertyOverride('ReservedConcurrentExecutions', { Ref: 'R' });
    cfnMapping(stack, 'M', fn, { scalingConfig: { maximumConcurrency: 500 } });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
