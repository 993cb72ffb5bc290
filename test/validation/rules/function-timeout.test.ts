import { CfnParameter, Duration, Lazy } from 'aws-cdk-lib';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.Timeout';
const LMI = { 'CapacityProviderConfig': { LambdaManagedInstancesCapacityProviderConfig: { CapacityProviderArn: 'arn:aws:lambda:us-east-1:123456789012:capacity-provider:cp' } } };

describe(RULE, () => {
  test.each([
    [1, false], [900, false], [0, true], [901, true], [5_400, true], [1.5, true], ['30', false], ['0', true],
  ])('standard function, Timeout %p fails: %p', (timeout, fails) => {
    expect(findingsFor(RULE, { Timeout: timeout })).toHaveLength(fails ? 1 : 0);
  });

  test.each([[901, false], [5_400, false], [5_401, true], [0, true]])('with CapacityProviderConfig, Timeout %p fails: %p', (timeout, fails) => {
    expect(findingsFor(RULE, { Timeout: timeout, ...LMI })).toHaveLength(fails ? 1 : 0);
  });

  test('names the property, value, limit and source', () => {
    expect(findingsFor(RULE, { Timeout: 901 })).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Fn: \`Timeout\` must be a whole number of seconds from 1 to 900, got: 901.`,
    )]);
    expect(findingsFor(RULE, { Timeout: 901 })[0]).toContain('https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html');
  });

  test('catches a 16-minute timeout on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Slow', { timeout: Duration.minutes(16) });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining('Stack/Slow/Resource: `Timeout` must be a whole number of seconds from 1 to 900, got: 960.')]);
  });

  test('does not flag a value only known at deploy time', () => {
    expect(findingsFor(RULE, { Timeout: { Ref: 'TimeoutParam' } })).toEqual([]);
    const { app, stack } = limitsApp();
    l2Function(stack, 'Param', { timeout: Duration.seconds(new CfnParameter(stack, 'Seconds', { type: 'Number' }).valueAsNumber) });
    expect(ruleFindings(app, RULE)).toEqual([]);
  });

  test('checks a lazy value once it resolves to a literal', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Lazy', { timeout: Duration.seconds(Lazy.number({ produce: () => 5000 })) });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining('got: 5000.')]);
  });
});
