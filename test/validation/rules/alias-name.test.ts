import { errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnFunctionVersionAlias, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Alias.Name';

describe(RULE, () => {
  test.each([
    ['live', false], ['prod_v2-blue', false], ['a', false], ['a'.repeat(128), false], ['v1', false],
    ['a'.repeat(129), true], ['', true], ['123', true], ['$LATEST', true], ['my.alias', true], ['my alias', true],
  ])('alias name %s fails: %s', (name, fails) => {
    const { app, stack } = limitsApp();
    cfnFunctionVersionAlias(stack, { name });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches a numeric L2 alias name with a clear message', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn').addAlias('42');
    const errors = synthErrors(app);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`[${RULE}] Stack/Fn/Alias42/Resource: \`Name\` must be 1 to 128 letters, digits, hyphens or underscores, not all digits and not $LATEST, got: '42'.`);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    cfnFunctionVersionAlias(stack).alias.addPropertyOverride('Name', { Ref: 'AliasParam' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
