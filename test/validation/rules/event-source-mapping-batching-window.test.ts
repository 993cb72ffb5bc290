import { cfnMapping, esmApp, ruleErrors } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.BatchingWindow';

describe(RULE, () => {
  test.each([[0, false], [300, false], [-1, true], [301, true], [1.5, true]])('%d s fails: %s', (maximumBatchingWindowInSeconds, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { maximumBatchingWindowInSeconds });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('message', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn).addPropertyOverride('MaximumBatchingWindowInSeconds', 600);
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/M: `MaximumBatchingWindowInSeconds` must be a whole number of seconds from 0 to 300, got: 600.')]);
  });

  test('does not flag a token', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn).addPropertyOverride('MaximumBatchingWindowInSeconds', { Ref: 'W' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
