import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.EnvironmentKey';

describe(RULE, () => {
  test.each([
    ['AB', false], ['my_var_2', false], ['Ab9', false],
    ['A', true], ['MY-VAR', true], ['1ABC', true], ['_FOO', true], ['my.var', true], ['MY VAR', true],
  ])('key %p fails: %p', (key, fails) => {
    expect(findingsFor(RULE, { 'Environment.Variables': { [key]: 'value' } })).toHaveLength(fails ? 1 : 0);
  });

  test('reports every bad key, with a suggested name', () => {
    const findings = findingsFor(RULE, { 'Environment.Variables': { 'GOOD': '1', 'MY-VAR': '2', '_X': '3' } });
    expect(findings).toHaveLength(2);
    expect(findings[0]).toContain(`[${RULE}] Stack/Fn: \`Environment.Variables\` must be a name matching [a-zA-Z][a-zA-Z0-9_]+, got: 'MY-VAR'. Rename the variable 'MY-VAR' (for example to 'MY_VAR').`);
  });

  test('catches a hyphenated key on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Env', { environment: { 'api-url': 'https://example.com' } });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining("Stack/Env/Resource: `Environment.Variables` must be a name matching [a-zA-Z][a-zA-Z0-9_]+, got: 'api-url'")]);
  });

  test('a token value does not matter, and an unresolved map is skipped', () => {
    expect(findingsFor(RULE, { 'Environment.Variables': { GOOD: { Ref: 'P' } } })).toEqual([]);
    expect(findingsFor(RULE, { 'Environment.Variables': { 'Fn::If': ['C', { A: 'x' }, { B: 'y' }] } })).toEqual([]);
  });
});
