import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Concurrency.ReservedMin';

describe(RULE, () => {
  test.each([[0, false], [1, false], [-1, true], [2.5, true], ['-3', true]])('ReservedConcurrentExecutions %p fails: %p', (reserved, fails) => {
    expect(findingsFor(RULE, { ReservedConcurrentExecutions: reserved }, { props: { skipRules: ['LambdaKit.Concurrency.ReservedZero'] } }))
      .toHaveLength(fails ? 1 : 0);
  });

  test('catches a negative value on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Negative', { reservedConcurrentExecutions: -1 });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Negative/Resource: \`ReservedConcurrentExecutions\` must be a whole number of at least 0, got: -1.`,
    )]);
  });

  test('does not flag a parameter', () => {
    expect(findingsFor(RULE, { ReservedConcurrentExecutions: { Ref: 'Reserved' } })).toEqual([]);
  });
});
