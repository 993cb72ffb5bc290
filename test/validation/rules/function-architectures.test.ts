import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.Architectures';

describe(RULE, () => {
  test.each([
    [['x86_64'], false], [['arm64'], false], [[], true], [['x86_64', 'arm64'], true], [['amd64'], true], [['ARM64'], true],
  ])('Architectures %p fails: %p', (architectures, fails) => {
    expect(findingsFor(RULE, { Architectures: architectures })).toHaveLength(fails ? 1 : 0);
  });

  test('catches Architecture.custom on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Custom', { architecture: lambda.Architecture.custom('aarch64') });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Custom/Resource: \`Architectures\` must be one of x86_64, arm64, got: 'aarch64'.`)]);
  });

  test('catches two architectures set by override', () => {
    const { app, stack } = limitsApp();
    (l2Function(stack, 'Two').node.defaultChild as CfnFunction).addPropertyOverride('Architectures', ['x86_64', 'arm64']);
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining('`Architectures` must be exactly one of x86_64, arm64, got: ["x86_64","arm64"].')]);
  });

  test('does not flag a parameter', () => {
    expect(findingsFor(RULE, { Architectures: [{ Ref: 'Arch' }] })).toEqual([]);
  });
});
