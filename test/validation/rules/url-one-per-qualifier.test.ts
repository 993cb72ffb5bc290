import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, limitsApp } from '../helpers';
import { l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Url.OnePerQualifier';

describe(RULE, () => {
  test.each([[undefined, undefined, 1], ['live', 'live', 1], ['live', undefined, 0], ['live', 'prod', 0]])('qualifiers %s and %s: %d warnings', (a, b, warnings) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    new lambda.CfnUrl(stack, 'A', { targetFunctionArn: fn.attrArn, authType: 'AWS_IAM', qualifier: a });
    new lambda.CfnUrl(stack, 'B', { targetFunctionArn: fn.attrArn, authType: 'AWS_IAM', qualifier: b });
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('warns on two L2 URLs of one function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.addFunctionUrl();
    new lambda.FunctionUrl(stack, 'Second', { function: fn });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Second/Resource: \`TargetFunctionArn\` must be a function or alias without another URL (Stack/Fn/FunctionUrl/Resource is already the URL of the unqualified function ($LATEST))`)]);
  });

  test('does not group unknown targets', () => {
    const { app, stack } = limitsApp();
    for (const id of ['A', 'B']) new lambda.CfnUrl(stack, id, { targetFunctionArn: 'x', authType: 'AWS_IAM' }).addPropertyOverride('TargetFunctionArn', { 'Fn::ImportValue': 'Fn' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
