import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.Description';

describe(RULE, () => {
  test.each([[0, false], [256, false], [257, true]])('a %d-character description fails: %p', (length, fails) => {
    expect(findingsFor(RULE, { Description: 'd'.repeat(length) })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Described', { description: 'short' });
    (fn.node.defaultChild as CfnFunction).addPropertyOverride('Description', 'd'.repeat(300));
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Described/Resource: \`Description\` must be at most 256 characters long (it has 300), got: 'ddd`,
    )]);
  });

  test('does not flag an intrinsic', () => {
    expect(findingsFor(RULE, { Description: { 'Fn::Sub': '${AWS::StackName} '.repeat(50) } })).toEqual([]);
  });
});
