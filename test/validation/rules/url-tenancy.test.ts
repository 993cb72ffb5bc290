import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, limitsApp } from '../helpers';
import { l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Url.TenantIsolation';

describe(RULE, () => {
  test.each([[true, 1], [false, 0]])('tenant isolation %s: %d warnings', (tenant, warnings) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    if (tenant) fn.addPropertyOverride('TenancyConfig', { TenantIsolationMode: 'PER_TENANT' });
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: fn.attrArn, authType: 'AWS_IAM' });
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('warns on an L2 URL of an overridden tenant-isolated function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.addFunctionUrl();
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('TenancyConfig', { TenantIsolationMode: 'PER_TENANT' });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/FunctionUrl/Resource: \`TargetFunctionArn\` must be a function without TenancyConfig (Stack/Fn/Resource is tenant-isolated)`)]);
  });

  test('does not flag an unknown function', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: 'x', authType: 'AWS_IAM' }).addPropertyOverride('TargetFunctionArn', { 'Fn::ImportValue': 'Fn' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
