import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnAlias, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.ProvisionedConcurrency.NotOnLatest';

describe(RULE, () => {
  test.each([['$LATEST', true, true], ['$LATEST', false, false], ['3', true, false]])('alias on %s with PC %s fails: %s', (version, pc, fails) => {
    const { app, stack } = limitsApp();
    cfnAlias(stack, 'Alias', cfnFunction(stack, 'Fn'), version, pc ? { provisionedConcurrencyConfig: { provisionedConcurrentExecutions: 2 } } : {});
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an L2 alias on latestVersion', () => {
    const { app, stack } = limitsApp();
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: l2Function(stack, 'Fn').latestVersion, provisionedConcurrentExecutions: 5 });
    expect(synthErrors(app)).toEqual([
      expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`ProvisionedConcurrencyConfig\` must be absent when the alias points to $LATEST (the unpublished version), got: {"ProvisionedConcurrentExecutions":5}.`),
    ]);
  });

  test('does not flag an unknown version', () => {
    const { app, stack } = limitsApp();
    cfnAlias(stack, 'Alias', cfnFunction(stack, 'Fn'), '1', { provisionedConcurrencyConfig: { provisionedConcurrentExecutions: 2 } })
      .addPropertyOverride('FunctionVersion', { Ref: 'VersionParam' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
