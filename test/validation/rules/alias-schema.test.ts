import * as lambda from 'aws-cdk-lib/aws-lambda';
import { errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnFunctionVersionAlias, l2Function, ruleErrors } from '../versioning-helpers';

const RULE = 'LambdaKit.Alias.Schema';

describe(RULE, () => {
  test.each([
    ['ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions', 3, false],
    ['ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions', '3', false],
    ['ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions', 'three', true],
    ['RoutingConfig', 'x', true],
    ['RoutingConfig.AdditionalVersionWeights', 'x', true],
    ['RoutingConfig.AdditionalVersionWeights', [{ FunctionVersion: '2', FunctionWeight: 0.1 }], false],
    ['RoutingConfig.AdditionalVersionWeights', [{ FunctionVersion: '2', FunctionWeight: 'a tenth' }], true],
    ['RoutingConfig.AdditionalVersionWeights', [{ FunctionVersion: '2' }], true],
    ['Description', { not: 'a string' }, true],
    ['Descripton', 'typo', true],
  ])('%s = %j fails: %s', (path, value, fails) => {
    const { app, stack } = limitsApp();
    cfnFunctionVersionAlias(stack).alias.addPropertyOverride(path, value);
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test.each(['Name', 'FunctionName', 'FunctionVersion'])('a missing %s fails', (property) => {
    const { app, stack } = limitsApp();
    cfnFunctionVersionAlias(stack).alias.addPropertyDeletionOverride(property);
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Alias: \`${property}\` must be present (the resource schema requires it), got: undefined.`)]);
  });

  test('catches a wrong-typed override of an L2 Alias', () => {
    const { app, stack } = limitsApp();
    const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: l2Function(stack, 'Fn').currentVersion, provisionedConcurrentExecutions: 2 });
    (alias.node.defaultChild as lambda.CfnAlias).addPropertyOverride('ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions', 'two');
    expect(synthErrors(app)).toEqual([
      expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions\` must be a whole number (the resource schema's type), got: 'two'.`),
    ]);
  });

  test('does not flag intrinsics', () => {
    const { app, stack } = limitsApp();
    const { alias } = cfnFunctionVersionAlias(stack);
    alias.addPropertyOverride('Description', { 'Fn::Join': ['', ['a', { Ref: 'P' }]] });
    alias.addPropertyOverride('RoutingConfig', { AdditionalVersionWeights: [{ FunctionVersion: { Ref: 'V' }, FunctionWeight: { Ref: 'W' } }] });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
