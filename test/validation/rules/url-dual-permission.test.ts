import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, limitsApp } from '../helpers';
import { l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Url.DualPermission';
const ACCOUNT = '111111111111';

describe(RULE, () => {
  test.each([
    ['lambda:InvokeFunction for the same principal', 'lambda:InvokeFunction', ACCOUNT, 0],
    ['lambda:* for the same principal', 'lambda:*', ACCOUNT, 0],
    ['lambda:InvokeFunction for another principal', 'lambda:InvokeFunction', '222222222222', 1],
    ['no companion', undefined, ACCOUNT, 1],
  ])('%s: %d warnings', (_, companionAction, companionPrincipal, warnings) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    new lambda.CfnPermission(stack, 'UrlPerm', { functionName: fn.ref, action: 'lambda:InvokeFunctionUrl', principal: ACCOUNT, functionUrlAuthType: 'AWS_IAM' });
    if (companionAction) new lambda.CfnPermission(stack, 'Companion', { functionName: fn.attrArn, action: companionAction, principal: companionPrincipal });
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('an L2 grantInvokeUrl adds both statements', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn').grantInvokeUrl(new iam.AccountPrincipal(ACCOUNT));
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });

  test('warns on an L2 addPermission for InvokeFunctionUrl only', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn').addPermission('Url', { principal: new iam.AccountPrincipal(ACCOUNT), action: 'lambda:InvokeFunctionUrl', functionUrlAuthType: lambda.FunctionUrlAuthType.AWS_IAM });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/Url: \`Action\` must be accompanied by a lambda:InvokeFunction Permission for ${ACCOUNT} on the same function (InvokedViaFunctionUrl true), got: 'lambda:InvokeFunctionUrl'.`)]);
  });

  test('does not flag an unknown principal', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'UrlPerm', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunctionUrl', principal: 'x' })
      .addPropertyOverride('Principal', { Ref: 'AWS::AccountId' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
