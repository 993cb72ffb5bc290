import { Lazy } from 'aws-cdk-lib';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';

const RULE = 'LambdaKit.Function.MemorySize';

describe(RULE, () => {
  test.each([128, 129, 1024, 10_240])('accepts %d MB', (memorySize) => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'Fn', { memorySize });
    expect(errorRuleIds(app)).not.toContain(RULE);
  });

  test.each([0, 127, 10_241, 32_768, 128.5])('fails for %d MB on a standard function', (memorySize) => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'Fn', { memorySize });
    const errors = synthErrors(app);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`[${RULE}] Stack/Fn: \`MemorySize\` must be a whole number of MB from 128 to 10,240, got: ${memorySize}.`);
    expect(errors[0]).toContain('https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html');
  });

  test.each([[32_768, false], [32_769, true]])('with CapacityProviderConfig %d MB fails: %s', (memorySize, fails) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn', { memorySize });
    fn.addPropertyOverride('CapacityProviderConfig', { LambdaManagedInstancesCapacityProviderConfig: { CapacityProviderArn: 'arn:aws:lambda:us-east-1:123456789012:capacity-provider:cp' } });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('uses the account memory cap from props', () => {
    const { app, stack } = limitsApp({ accountMaxMemoryMb: 3008 });
    cfnFunction(stack, 'Ok', { memorySize: 3008 });
    cfnFunction(stack, 'TooBig', { memorySize: 3009 });
    expect(synthErrors(app)).toEqual([expect.stringContaining('Stack/TooBig: `MemorySize` must be a whole number of MB from 128 to 3,008')]);
  });

  test('catches an escape-hatch override', () => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'Fn', { memorySize: 512 }).addPropertyOverride('MemorySize', 20_000);
    expect(errorRuleIds(app)).toEqual([RULE]);
  });

  test('does not fail when the value is a token', () => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'Fn', { memorySize: Lazy.number({ produce: () => 100_000 }) }).addPropertyOverride('MemorySize', { Ref: 'MemoryParam' });
    expect(errorRuleIds(app)).toEqual([]);
  });

  test('can be skipped by id', () => {
    const { app, stack } = limitsApp({ skipRules: [RULE] });
    cfnFunction(stack, 'Fn', { memorySize: 1 });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
