import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.EphemeralStorage';

describe(RULE, () => {
  test.each([[512, false], [10_240, false], [511, true], [10_241, true], [20_000, true], [1024.5, true]])('Size %p fails: %p', (size, fails) => {
    expect(findingsFor(RULE, { 'EphemeralStorage.Size': size })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an override on an aws-cdk-lib Function (the validator misses the maximum)', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Big');
    (fn.node.defaultChild as CfnFunction).addPropertyOverride('EphemeralStorage', { Size: 10_241 });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Big/Resource: \`EphemeralStorage.Size\` must be a whole number of MB from 512 to 10,240, got: 10241.`,
    )]);
  });

  test('does not flag a parameter', () => {
    expect(findingsFor(RULE, { 'EphemeralStorage.Size': { Ref: 'SizeParam' } })).toEqual([]);
  });
});
