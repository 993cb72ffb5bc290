import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.Handler';

describe(RULE, () => {
  test.each([
    ['index.handler', false], ['h'.repeat(128), false], ['h'.repeat(129), true], ['index handler', true], ['index.handler\n', true], ['', true],
  ])('Handler %p fails: %p', (handler, fails) => {
    expect(findingsFor(RULE, { Handler: handler })).toHaveLength(fails ? 1 : 0);
  });

  test('catches a handler with a space on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Spaced', { handler: 'index. handler' });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Spaced/Resource: \`Handler\` must be 1 to 128 characters without whitespace, got: 'index. handler'. Remove the whitespace`,
    )]);
  });

  test('does not flag an intrinsic', () => {
    expect(findingsFor(RULE, { Handler: { Ref: 'HandlerParam' } })).toEqual([]);
  });
});
