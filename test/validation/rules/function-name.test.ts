import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.Name';

describe(RULE, () => {
  test.each([
    ['a', false], ['my-function_2', false], ['x'.repeat(64), false],
    ['x'.repeat(65), true], ['my function', true], ['my.function', true], ['', true],
  ])('FunctionName %p fails: %p', (name, fails) => {
    expect(findingsFor(RULE, { FunctionName: name })).toHaveLength(fails ? 1 : 0);
  });

  test('names the length in the message', () => {
    expect(findingsFor(RULE, { FunctionName: 'x'.repeat(65) })[0])
      .toContain(`[${RULE}] Stack/Fn: \`FunctionName\` must be 1 to 64 characters of [a-zA-Z0-9_-] (it has 65), got:`);
  });

  test('catches an override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Named');
    (fn.node.defaultChild as CfnFunction).addPropertyOverride('FunctionName', 'orders/handler');
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining("Stack/Named/Resource: `FunctionName` must be 1 to 64 characters of [a-zA-Z0-9_-], got: 'orders/handler'")]);
  });

  test('does not flag a name built from intrinsics', () => {
    expect(findingsFor(RULE, { FunctionName: { 'Fn::Join': ['-', [{ Ref: 'AWS::StackName' }, 'fn']] } })).toEqual([]);
  });
});
