import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, limitsApp } from '../helpers';
import { cfnAlias, l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.ProvisionedConcurrency.TenantIsolation';

describe(RULE, () => {
  test.each([[true, true], [false, false]])('tenant isolation %s warns: %s', (tenant, warns) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    if (tenant) fn.addPropertyOverride('TenancyConfig', { TenantIsolationMode: 'PER_TENANT' });
    cfnAlias(stack, 'Alias', fn, '1', { provisionedConcurrencyConfig: { provisionedConcurrentExecutions: 1 } });
    expect(ruleWarnings(app, RULE).length > 0).toBe(warns);
  });

  test('warns on an escape-hatch TenancyConfig of an L2 function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('TenancyConfig', { TenantIsolationMode: 'PER_TENANT' });
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion, provisionedConcurrentExecutions: 1 });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`ProvisionedConcurrencyConfig\` must be absent for a function with TenancyConfig (Stack/Fn/Resource)`)]);
  });

  test('does not flag a function it cannot resolve', () => {
    const { app, stack } = limitsApp();
    cfnAlias(stack, 'Alias', cfnFunction(stack, 'Fn'), '1', { provisionedConcurrencyConfig: { provisionedConcurrentExecutions: 1 } })
      .addPropertyOverride('FunctionName', { 'Fn::ImportValue': 'Fn' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
