import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, limitsApp } from '../helpers';
import { cfnAlias, l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.ProvisionedConcurrency.WithRouting';
const routing = { routingConfig: { additionalVersionWeights: [{ functionVersion: '2', functionWeight: 0.1 }] } };
const pc = { provisionedConcurrencyConfig: { provisionedConcurrentExecutions: 2 } };

describe(RULE, () => {
  test.each([[true, true, true], [true, false, false], [false, true, false]])('PC %s + routing %s warns: %s', (withPc, withRouting, warns) => {
    const { app, stack } = limitsApp();
    cfnAlias(stack, 'Alias', cfnFunction(stack, 'Fn'), '1', { ...(withPc ? pc : {}), ...(withRouting ? routing : {}) });
    expect(ruleWarnings(app, RULE).length > 0).toBe(warns);
  });

  test('warns on an L2 canary alias with provisioned concurrency', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    new lambda.Alias(stack, 'Live', {
      aliasName: 'live', version: fn.currentVersion, provisionedConcurrentExecutions: 2,
      additionalVersions: [{ version: new lambda.Version(stack, 'Next', { lambda: fn }), weight: 0.1 }],
    });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`ProvisionedConcurrencyConfig\` must be unchanged while the alias has a RoutingConfig`)]);
  });

  test('does not flag an unknown routing list', () => {
    const { app, stack } = limitsApp();
    cfnAlias(stack, 'Alias', cfnFunction(stack, 'Fn'), '1', pc).addPropertyOverride('RoutingConfig', { AdditionalVersionWeights: { Ref: 'W' } });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
