import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.EnvironmentSize';

/** `{"A1":"<n x's>"}` is n + 9 bytes. */
const variables = (bytes: number) => ({ A1: 'x'.repeat(bytes - 9) });

describe(RULE, () => {
  test.each([[4_096, false], [4_097, true]])('a %d-byte JSON map fails: %p', (bytes, fails) => {
    expect(JSON.stringify(variables(bytes))).toHaveLength(bytes);
    expect(findingsFor(RULE, { 'Environment.Variables': variables(bytes) })).toHaveLength(fails ? 1 : 0);
  });

  test('measures UTF-8 bytes, not characters', () => {
    const text = 'é'.repeat(2_044); // 2,044 characters, 4,088 bytes: 4,097 bytes with the JSON around it
    expect(findingsFor(RULE, { 'Environment.Variables': { A1: text } })).toHaveLength(1);
    expect(findingsFor(RULE, { 'Environment.Variables': { A1: 'e'.repeat(2_044) } })).toEqual([]);
  });

  test('counts the JSON quoting of many small variables, which a key+value sum misses', () => {
    // 300 variables of 13 characters each (key+value): 3,900 as a sum, 5,701 bytes as JSON
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`K${String(i).padStart(5, '0')}`, 'vvvvvvv']));
    expect(findingsFor(RULE, { 'Environment.Variables': many })).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Fn: \`Environment.Variables\` must be at most 4,096 bytes as a JSON map, got: '5,701 bytes in 300 variables'.`,
    )]);
  });

  test('catches a large environment on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Env', { environment: { CONFIG: 'x'.repeat(3_000) } });
    fn.addEnvironment('MORE', 'y'.repeat(1_100));
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining('Stack/Env/Resource: `Environment.Variables` must be at most 4,096 bytes')]);
  });

  test('skips unresolved values, but still flags when the known ones alone are too large', () => {
    expect(findingsFor(RULE, { 'Environment.Variables': { ...variables(4_000), TOKEN: { Ref: 'Big' } } })).toEqual([]);
    expect(findingsFor(RULE, { 'Environment.Variables': { ...variables(4_200), TOKEN: { Ref: 'Big' } } }))
      .toEqual([expect.stringContaining('(not counting the unresolved ones)')]);
    expect(findingsFor(RULE, { 'Environment.Variables': { Ref: 'Whole' } })).toEqual([]);
  });
});
