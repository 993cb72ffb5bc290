import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnVersion, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Version.Schema';

describe(RULE, () => {
  test.each([
    ['ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions', 2, false],
    ['ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions', 'sap', true],
    ['ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions', 2.5, true],
    ['ProvisionedConcurrencyConfig', 'x', true],
    ['RuntimePolicy', { UpdateRuntimeOn: 'Auto' }, false],
    ['RuntimePolicy', { RuntimeVersionArn: 'arn' }, true],
    ['CodeSha256', 'abc', false],
    ['Unknown', 1, true],
  ])('%s = %j fails: %s', (path, value, fails) => {
    const { app, stack } = limitsApp();
    cfnVersion(stack, 'Version', cfnFunction(stack, 'Fn')).addPropertyOverride(path, value);
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('a missing FunctionName fails, also when the other properties are tokens', () => {
    const { app, stack } = limitsApp();
    const version = cfnVersion(stack, 'Version', cfnFunction(stack, 'Fn'));
    version.addPropertyDeletionOverride('FunctionName');
    version.addPropertyOverride('ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions', { Ref: 'P' });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Version: \`FunctionName\` must be present (the resource schema requires it), got: undefined.`)]);
  });

  test('a missing FunctionName fails when it was the only property (empty properties are known, not unresolvable)', () => {
    const { app, stack } = limitsApp();
    cfnVersion(stack, 'Version', cfnFunction(stack, 'Fn')).addPropertyDeletionOverride('FunctionName');
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Version: \`FunctionName\` must be present (the resource schema requires it), got: undefined.`)]);
  });

  test('catches a wrong-typed override of an L2 Version', () => {
    const { app, stack } = limitsApp();
    const version = new lambda.Version(stack, 'V', { lambda: l2Function(stack, 'Fn') });
    (version.node.defaultChild as lambda.CfnVersion).addPropertyOverride('ProvisionedConcurrencyConfig', 5);
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/V/Resource: \`ProvisionedConcurrencyConfig\` must be an object (the resource schema's type), got: 5.`)]);
  });

  test('does not flag intrinsics', () => {
    const { app, stack } = limitsApp();
    cfnVersion(stack, 'Version', cfnFunction(stack, 'Fn')).addPropertyOverride('ProvisionedConcurrencyConfig', { Ref: 'P' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
