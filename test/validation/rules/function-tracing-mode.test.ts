import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.TracingMode';

describe(RULE, () => {
  test.each([['Active', false], ['PassThrough', false], ['active', true], ['Disabled', true]])('Mode %p fails: %p', (mode, fails) => {
    expect(findingsFor(RULE, { 'TracingConfig.Mode': mode })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Traced', { tracing: lambda.Tracing.ACTIVE });
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('TracingConfig.Mode', 'On');
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Traced/Resource: \`TracingConfig.Mode\` must be one of Active, PassThrough, got: 'On'.`)]);
  });

  test('does not flag a parameter', () => {
    expect(findingsFor(RULE, { 'TracingConfig.Mode': { Ref: 'Mode' } })).toEqual([]);
  });
});
