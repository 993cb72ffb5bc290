import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.RecursiveLoop';

describe(RULE, () => {
  test.each([['Allow', false], ['Terminate', false], ['terminate', true], ['Stop', true]])('RecursiveLoop %p fails: %p', (value, fails) => {
    expect(findingsFor(RULE, { RecursiveLoop: value })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Loop', { recursiveLoop: lambda.RecursiveLoop.TERMINATE });
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('RecursiveLoop', 'Deny');
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Loop/Resource: \`RecursiveLoop\` must be one of Allow, Terminate, got: 'Deny'.`)]);
  });

  test('does not flag a parameter', () => {
    expect(findingsFor(RULE, { RecursiveLoop: { Ref: 'Loop' } })).toEqual([]);
  });
});
