import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Permission.Action';

describe(RULE, () => {
  test.each([
    ['lambda:InvokeFunction', false], ['lambda:*', false], ['*', false], ['lambda:InvokeFunctionUrl', false],
    ['InvokeFunction', true], ['lambda:Invoke Function', true], ['lambda:Invoke*', true], ['s3:GetObject', true],
  ])('Action %s fails: %s', (action, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action, principal: '123456789012' });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches a typo in an L2 addPermission', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn').addPermission('P', { principal: new iam.AccountPrincipal('123456789012'), action: 'lambda:invoke-function' });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/P: \`Action\` must be lambda:<ActionName>, lambda:* or *, got: 'lambda:invoke-function'.`)]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'x', principal: '123456789012' }).addPropertyOverride('Action', { Ref: 'A' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
