import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Permission.FunctionUrlAuthType';

function permission(action: string, functionUrlAuthType: string) {
  const { app, stack } = limitsApp();
  new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action, principal: '123456789012', functionUrlAuthType });
  return app;
}

describe(RULE, () => {
  test.each([['AWS_IAM', false], ['NONE', false], ['IAM', true], ['none', true]])('FunctionUrlAuthType %s fails: %s', (type, fails) => {
    expect(errorRuleIds(permission('lambda:InvokeFunctionUrl', type)).includes(RULE)).toBe(fails);
  });

  test.each([['lambda:InvokeFunctionUrl', 0], ['lambda:*', 0], ['lambda:InvokeFunction', 1]])('with %s: %d warnings', (action, warnings) => {
    expect(ruleWarnings(permission(action, 'AWS_IAM'), RULE)).toHaveLength(warnings);
  });

  test('warns on an L2 addPermission that sets the URL auth type on InvokeFunction', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn').addPermission('P', { principal: new iam.AccountPrincipal('123456789012'), functionUrlAuthType: lambda.FunctionUrlAuthType.AWS_IAM });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/P: \`FunctionUrlAuthType\` must be absent unless Action is lambda:InvokeFunctionUrl, got: 'AWS_IAM'.`)]);
  });

  test('catches an override, and ignores a token', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'Bad', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunctionUrl', principal: '*', functionUrlAuthType: 'PUBLIC' });
    new lambda.CfnPermission(stack, 'Token', { functionName: cfnFunction(stack, 'Fn2').ref, action: 'lambda:InvokeFunctionUrl', principal: '*' })
      .addPropertyOverride('FunctionUrlAuthType', { Ref: 'Auth' });
    expect(synthErrors(app).filter(line => line.includes(RULE))).toEqual([expect.stringContaining(`[${RULE}] Stack/Bad: \`FunctionUrlAuthType\` must be AWS_IAM or NONE, got: 'PUBLIC'.`)]);
  });
});
