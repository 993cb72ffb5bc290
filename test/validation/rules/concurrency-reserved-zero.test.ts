import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Concurrency.ReservedZero';

describe(RULE, () => {
  test.each([[0, true], ['0', true], [1, false], [undefined, false]])('ReservedConcurrentExecutions %p warns: %p', (reserved, warns) => {
    expect(findingsFor(RULE, { ReservedConcurrentExecutions: reserved })).toHaveLength(warns ? 1 : 0);
  });

  test('warns on an aws-cdk-lib Function with reserved concurrency 0', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Off', { reservedConcurrentExecutions: 0 });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Off/Resource: \`ReservedConcurrentExecutions\` must be at least 1 for a function that should run, got: 0.`,
    )]);
  });

  test('does not flag a parameter', () => {
    expect(findingsFor(RULE, { ReservedConcurrentExecutions: { Ref: 'Reserved' } })).toEqual([]);
  });
});
