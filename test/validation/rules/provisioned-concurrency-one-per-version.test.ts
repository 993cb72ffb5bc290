import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnAlias, cfnVersion, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.ProvisionedConcurrency.OnePerVersion';
const pc = { provisionedConcurrencyConfig: { provisionedConcurrentExecutions: 2 } };

describe(RULE, () => {
  test.each([
    ['version and its alias', true, true, false],
    ['version only', true, false, false],
    ['alias only', false, true, false],
  ])('%s: fails %s', (_, onVersion, onAlias, __) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    const version = cfnVersion(stack, 'V', fn, onVersion ? pc : {});
    cfnAlias(stack, 'Alias', fn, version, onAlias ? pc : {});
    expect(errorRuleIds(app).includes(RULE)).toBe(onVersion && onAlias);
  });

  test.each([['3', '3', 2], ['3', '4', 0]])('two aliases on versions %s and %s: %d errors', (a, b, count) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    cfnAlias(stack, 'A', fn, a, { ...pc, name: 'a' });
    cfnAlias(stack, 'B', fn, b, { ...pc, name: 'b' });
    expect(errorRuleIds(app).filter(id => id === RULE)).toHaveLength(count);
  });

  test('the same version number of two different functions is fine', () => {
    const { app, stack } = limitsApp();
    cfnAlias(stack, 'A', cfnFunction(stack, 'Fn'), '3', pc);
    cfnAlias(stack, 'B', cfnFunction(stack, 'Other'), '3', pc);
    expect(errorRuleIds(app)).toEqual([]);
  });

  test('catches two L2 aliases with provisioned concurrency on currentVersion', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion, provisionedConcurrentExecutions: 2 });
    new lambda.Alias(stack, 'Prod', { aliasName: 'prod', version: fn.currentVersion, provisionedConcurrentExecutions: 2 });
    const errors = synthErrors(app);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain(`[${RULE}] Stack/Live/Resource: \`ProvisionedConcurrencyConfig\` must be the only provisioned concurrency configuration of version Stack/Fn/CurrentVersion/Resource, which Stack/Prod/Resource also configure(s)`);
  });

  test('does not group aliases on unknown versions', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    cfnAlias(stack, 'A', fn, '3', { ...pc, name: 'a' }).addPropertyOverride('FunctionVersion', { Ref: 'P' });
    cfnAlias(stack, 'B', fn, '3', { ...pc, name: 'b' }).addPropertyOverride('FunctionVersion', { Ref: 'P' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
