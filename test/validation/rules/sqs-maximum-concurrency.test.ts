import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import { cfnMapping, esmApp, l2Function, ruleErrors } from '../event-source-helpers';

const RULE = 'LambdaKit.Sqs.MaximumConcurrency';

describe(RULE, () => {
  test.each([[2, false], [1_000, false], [1, true], [1_001, true]])('%d fails: %s', (maximumConcurrency, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { scalingConfig: { maximumConcurrency } });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an override of an L2 SqsEventSource mapping, with the message', () => {
    const { app, stack } = esmApp();
    const fn = l2Function(stack, 'L2Fn');
    fn.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Q'), { maxConcurrency: 5 }));
    const mapping = fn.node.findAll().find(c => c.node.id === 'Resource' && c.node.scope?.node.id.startsWith('SqsEventSource'))!;
    (mapping as any).addPropertyOverride('ScalingConfig.MaximumConcurrency', 1);
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('`ScalingConfig.MaximumConcurrency` must be a whole number from 2 to 1,000, got: 1.')]);
  });

  test('does not flag a token', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn).addPropertyOverride('ScalingConfig.MaximumConcurrency', { Ref: 'C' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
