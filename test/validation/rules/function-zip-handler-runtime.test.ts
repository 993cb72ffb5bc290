import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.ZipHandlerRuntime';

describe(RULE, () => {
  test.each([
    ['both', {}, 0],
    ['both, PackageType Zip', { PackageType: 'Zip' }, 0],
    ['no Handler', { Handler: undefined }, 1],
    ['no Runtime', { Runtime: undefined }, 1],
    ['neither', { Handler: undefined, Runtime: undefined }, 2],
    ['neither, container image', { Handler: undefined, Runtime: undefined, PackageType: 'Image', Code: { ImageUri: 'x.dkr.ecr.us-east-1.amazonaws.com/r:1' } }, 0],
  ])('%s: %d findings', (_name, overrides, count) => {
    expect(findingsFor(RULE, overrides)).toHaveLength(count);
  });

  test('catches a Runtime removed from an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'NoRuntime');
    (fn.node.defaultChild as CfnFunction).addPropertyDeletionOverride('Runtime');
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/NoRuntime/Resource: \`Runtime\` must be set for a .zip package, got: '(absent)'.`,
    )]);
  });

  test('a Runtime parameter counts as set', () => {
    expect(findingsFor(RULE, { Runtime: { Ref: 'Runtime' } })).toEqual([]);
  });
});
