import * as iam from 'aws-cdk-lib/aws-iam';
import { limitsApp } from '../helpers';
import { l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Url.IdentityPolicyDualGrant';
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:my-fn';

describe(RULE, () => {
  test.each([
    [['lambda:InvokeFunctionUrl'], 1],
    [['lambda:InvokeFunctionUrl', 'lambda:InvokeFunction'], 0],
    [['lambda:InvokeFunctionUrl', 'lambda:Invoke*'], 0],
    [['lambda:invokefunctionurl', 'lambda:*'], 0],
    [['lambda:InvokeFunctionUrl', 'lambda:GetFunction'], 1],
    [['lambda:InvokeFunction'], 0],
  ])('actions %j: %d warnings', (actions, warnings) => {
    const { app, stack } = limitsApp();
    new iam.CfnManagedPolicy(stack, 'Policy', { policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: FN }] } });
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('grantInvokeUrl grants both; a hand-written L2 statement warns', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    const caller = new iam.Role(stack, 'Caller', { assumedBy: new iam.AccountRootPrincipal() });
    fn.grantInvokeUrl(caller);
    const other = new iam.Role(stack, 'Other', { assumedBy: new iam.AccountRootPrincipal() });
    other.addToPolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunctionUrl'], resources: [fn.functionArn] }));
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Other/DefaultPolicy/Resource: \`PolicyDocument\` must be granted together with lambda:InvokeFunction`)]);
  });

  test('reads a single-statement document', () => {
    const { app, stack } = limitsApp();
    new iam.CfnManagedPolicy(stack, 'Policy', { policyDocument: { Statement: { Effect: 'Allow', Action: 'lambda:InvokeFunctionUrl', Resource: FN } } });
    expect(ruleWarnings(app, RULE)).toHaveLength(1);
  });

  test('does not judge a document with unknown actions', () => {
    const { app, stack } = limitsApp();
    new iam.CfnManagedPolicy(stack, 'Policy', { policyDocument: { Statement: [
      { Effect: 'Allow', Action: 'lambda:InvokeFunctionUrl', Resource: FN }, { Effect: 'Allow', Action: { Ref: 'ExtraAction' }, Resource: FN },
    ] } });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
