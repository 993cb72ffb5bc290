import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, limitsApp } from '../helpers';
import { cfnVersion, l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Version.NeedsChange';

describe(RULE, () => {
  test.each([[1, 0], [2, 1], [3, 2]])('%d Version resources of one function warn %d times', (count, warnings) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    for (let i = 0; i < count; i++) cfnVersion(stack, `V${i}`, fn);
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('versions of different functions are fine', () => {
    const { app, stack } = limitsApp();
    cfnVersion(stack, 'V1', cfnFunction(stack, 'A'));
    cfnVersion(stack, 'V2', cfnFunction(stack, 'B'));
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });

  test('warns on an L2 Version next to currentVersion', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    const versions = [fn.currentVersion, new lambda.Version(stack, 'Manual', { lambda: fn })];
    const warnings = ruleWarnings(app, RULE);
    expect(warnings).toHaveLength(1);
    const flagged = versions.filter(version => warnings[0].includes(`] ${version.node.path}/Resource: \`FunctionName\` must be the function of only one Version resource in the stack`));
    expect(flagged).toHaveLength(1);
  });

  test('does not group unknown function names', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnVersion(stack, 'V1', { functionName: 'x' }).addPropertyOverride('FunctionName', { 'Fn::ImportValue': 'Fn' });
    new lambda.CfnVersion(stack, 'V2', { functionName: 'x' }).addPropertyOverride('FunctionName', { 'Fn::ImportValue': 'Fn' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
