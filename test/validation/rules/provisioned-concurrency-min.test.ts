import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnFunctionVersionAlias, cfnVersion, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.ProvisionedConcurrency.Minimum';

describe(RULE, () => {
  test.each([[1, false], [50, false], [0, true], [-1, true], [1.5, true]])('%d on an alias fails: %s', (provisionedConcurrentExecutions, fails) => {
    const { app, stack } = limitsApp();
    cfnFunctionVersionAlias(stack, { provisionedConcurrencyConfig: { provisionedConcurrentExecutions } });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test.each([[1, false], [0, true]])('%d on a version fails: %s', (provisionedConcurrentExecutions, fails) => {
    const { app, stack } = limitsApp();
    cfnVersion(stack, 'V', cfnFunction(stack, 'Fn'), { provisionedConcurrencyConfig: { provisionedConcurrentExecutions } });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an override of an L2 alias', () => {
    const { app, stack } = limitsApp();
    const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: l2Function(stack, 'Fn').currentVersion, provisionedConcurrentExecutions: 1 });
    (alias.node.defaultChild as lambda.CfnAlias).addPropertyOverride('ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions', 0);
    expect(synthErrors(app)).toEqual([
      expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions\` must be a whole number of at least 1, got: 0.`),
    ]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    cfnFunctionVersionAlias(stack, { provisionedConcurrencyConfig: { provisionedConcurrentExecutions: 1 } })
      .alias.addPropertyOverride('ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions', { Ref: 'Pc' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
