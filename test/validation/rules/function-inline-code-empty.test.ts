import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.InlineCodeEmpty';

describe(RULE, () => {
  test.each([['x', false], ['exports.handler = 1', false], ['', true], ['  \n ', true]])('ZipFile %p warns: %p', (code, warns) => {
    expect(findingsFor(RULE, { Code: { ZipFile: code } })).toHaveLength(warns ? 1 : 0);
  });

  test('warns (not fails) on an override of an aws-cdk-lib inline function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Empty');
    (fn.node.defaultChild as CfnFunction).addPropertyOverride('Code.ZipFile', '');
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Empty/Resource: \`Code.ZipFile\` must be non-empty source code, got: ''.`)]);
  });

  test('does not flag code built from intrinsics', () => {
    expect(findingsFor(RULE, { Code: { ZipFile: { 'Fn::Sub': '' } } })).toEqual([]);
  });
});
