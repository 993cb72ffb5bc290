import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, limitsApp } from '../helpers';
import { cfnAlias, l2Function, ruleErrors } from '../versioning-helpers';

const RULE = 'LambdaKit.ProvisionedConcurrency.WithRouting';
const routing = { routingConfig: { additionalVersionWeights: [{ functionVersion: '2', functionWeight: 0.1 }] } };
const pc = { provisionedConcurrencyConfig: { provisionedConcurrentExecutions: 2 } };

describe(RULE, () => {
  test.each([[true, true, true], [true, false, false], [false, true, false]])('PC %s + routing %s fails: %s', (withPc, withRouting, fails) => {
    const { app, stack } = limitsApp();
    cfnAlias(stack, 'Alias', cfnFunction(stack, 'Fn'), '1', { ...(withPc ? pc : {}), ...(withRouting ? routing : {}) });
    expect(ruleErrors(app, RULE).length > 0).toBe(fails);
  });

  test('fails on an L2 canary alias with provisioned concurrency', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    new lambda.Alias(stack, 'Live', {
      aliasName: 'live', version: fn.currentVersion, provisionedConcurrentExecutions: 2,
      additionalVersions: [{ version: new lambda.Version(stack, 'Next', { lambda: fn }), weight: 0.1 }],
    });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`ProvisionedConcurrencyConfig\` must be absent while the alias has a RoutingConfig`)]);
  });

  test('fails whatever the routing holds, but not for a conditional RoutingConfig', () => {
    const { app, stack } = limitsApp();
    cfnAlias(stack, 'A', cfnFunction(stack, 'Fn'), '1', { ...pc, name: 'a' }).addPropertyOverride('RoutingConfig', { AdditionalVersionWeights: { Ref: 'W' } });
    cfnAlias(stack, 'B', cfnFunction(stack, 'Fn2'), '1', { ...pc, name: 'b' }).addPropertyOverride('RoutingConfig', { 'Fn::If': ['Canary', { AdditionalVersionWeights: [] }, { Ref: 'AWS::NoValue' }] });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/A:')]);
  });
});
