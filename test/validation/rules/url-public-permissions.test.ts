import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function, ruleErrors } from '../versioning-helpers';

const RULE = 'LambdaKit.Url.PublicPermissions';

describe(RULE, () => {
  test.each([
    ['both permissions', true, true, 0],
    ['only InvokeFunctionUrl', true, false, 1],
    ['only InvokeFunction', false, true, 1],
    ['none', false, false, 2],
  ])('%s: %d errors', (_, urlPermission, invokePermission, errors) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: fn.attrArn, authType: 'NONE' });
    if (urlPermission) new lambda.CfnPermission(stack, 'UrlPerm', { functionName: fn.ref, action: 'lambda:InvokeFunctionUrl', principal: '*', functionUrlAuthType: 'NONE' });
    if (invokePermission) new lambda.CfnPermission(stack, 'InvokePerm', { functionName: fn.attrArn, action: 'lambda:InvokeFunction', principal: '*', invokedViaFunctionUrl: true });
    expect(ruleErrors(app, RULE)).toHaveLength(errors);
  });

  test('an AWS_IAM URL needs no public permission', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM' });
    expect(errorRuleIds(app)).toEqual([]);
  });

  test('permissions on the function do not cover a URL on an alias', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
    const url = fn.addAlias('live').addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
    (url.node.defaultChild as lambda.CfnUrl).addPropertyOverride('AuthType', 'NONE');
    expect(synthErrors(app)).toEqual([
      expect.stringContaining(`[${RULE}] Stack/Fn/Aliaslive/FunctionUrl/Resource: \`AuthType\` must be backed by a Permission for Principal '*' and lambda:InvokeFunctionUrl on the URL's function alias, got: 'NONE'.`),
      expect.stringContaining(`[${RULE}] Stack/Fn/Aliaslive/FunctionUrl/Resource: \`AuthType\` must be backed by a Permission for Principal '*' and lambda:InvokeFunction on the URL's function alias`),
    ]);
  });

  test('an L2 NONE URL has both permissions; an AWS_IAM-only grant does not count', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn').addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
    const other = l2Function(stack, 'Other');
    other.grantInvokeUrl(new iam.AnyPrincipal());
    (other.addFunctionUrl().node.defaultChild as lambda.CfnUrl).addPropertyOverride('AuthType', 'NONE');
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Other/FunctionUrl/Resource: \`AuthType\` must be backed by a Permission for Principal '*' and lambda:InvokeFunctionUrl`)]);
  });

  test('stays silent when a permission it cannot resolve might be the one', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'NONE' });
    new lambda.CfnPermission(stack, 'P', { functionName: 'x', action: 'lambda:*', principal: '*' }).addPropertyOverride('FunctionName', { 'Fn::ImportValue': 'Fn' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
