import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { ServerlessFunction, ServerlessFunctionProps } from '../../lib';

const REQUIRED: ServerlessFunctionProps = {
  runtime: lambda.Runtime.NODEJS_24_X,
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  handler: 'index.handler',
};

let app: App;
let stack: Stack;
let fn: ServerlessFunction;
beforeEach(() => {
  app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' } });
  stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
  fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
});

const id = (construct: any) => stack.getLogicalId((construct.node.defaultChild ?? construct) as any);
const permissions = () => Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Permission')).map((p: any) => p.Properties);

describe('grantInvoke', () => {
  test('a role of this account gets lambda:InvokeFunction on the live alias in its own policy, no resource policy', () => {
    // GIVEN
    const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });

    // WHEN
    fn.grantInvoke(role);

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: id(role) }],
      PolicyDocument: { Statement: [{ Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: { Ref: id(fn.alias) } }] },
    });
    expect(permissions()).toEqual([]);
  });

  test('another account gets a resource-policy statement on the alias, once however often it is granted', () => {
    fn.grantInvoke(new iam.AccountPrincipal('210987654321'));
    fn.grantInvoke(new iam.AccountPrincipal('210987654321'));
    expect(permissions()).toEqual([{ Action: 'lambda:InvokeFunction', FunctionName: { Ref: id(fn.alias) }, Principal: '210987654321' }]);
  });

  test('an organization gets Principal * limited by PrincipalOrgID', () => {
    fn.grantInvoke(new iam.OrganizationPrincipal('o-abcdefghij'));
    expect(permissions()).toEqual([{ Action: 'lambda:InvokeFunction', FunctionName: { Ref: id(fn.alias) }, Principal: '*', PrincipalOrgID: 'o-abcdefghij' }]);
    expect(() => app.synth()).not.toThrow();
  });

  test('grantInvokeToService adds the service principal with SourceArn and SourceAccount (this account by default)', () => {
    // WHEN
    fn.grantInvokeToService('events.amazonaws.com', 'arn:aws:events:eu-west-1:123456789012:rule/nightly');
    fn.grantInvokeToService('s3.amazonaws.com', 'arn:aws:s3:::uploads', '210987654321');

    // THEN
    expect(permissions()).toEqual([
      {
        Action: 'lambda:InvokeFunction', FunctionName: { Ref: id(fn.alias) }, Principal: 'events.amazonaws.com',
        SourceArn: 'arn:aws:events:eu-west-1:123456789012:rule/nightly', SourceAccount: '123456789012',
      },
      {
        Action: 'lambda:InvokeFunction', FunctionName: { Ref: id(fn.alias) }, Principal: 's3.amazonaws.com',
        SourceArn: 'arn:aws:s3:::uploads', SourceAccount: '210987654321',
      },
    ]);
    expect(() => app.synth()).not.toThrow();
  });

  test('grantInvokeToService for two resources of one service: one statement each, and the same grant twice is one statement', () => {
    fn.grantInvokeToService('events.amazonaws.com', 'arn:aws:events:eu-west-1:123456789012:rule/a');
    fn.grantInvokeToService('events.amazonaws.com', 'arn:aws:events:eu-west-1:123456789012:rule/b');
    fn.grantInvokeToService('events.amazonaws.com', 'arn:aws:events:eu-west-1:123456789012:rule/b');
    expect(permissions().map((permission: any) => permission.SourceArn)).toEqual([
      'arn:aws:events:eu-west-1:123456789012:rule/a', 'arn:aws:events:eu-west-1:123456789012:rule/b',
    ]);
  });

  test('grantInvoke with a service principal carrying both conditions is accepted and written on the alias', () => {
    fn.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com').withConditions({
      ArnLike: { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:123456789012:topic' },
      StringEquals: { 'aws:SourceAccount': '123456789012' },
    }));
    expect(permissions()).toEqual([{
      Action: 'lambda:InvokeFunction', FunctionName: { Ref: id(fn.alias) }, Principal: 'sns.amazonaws.com',
      SourceArn: 'arn:aws:sns:eu-west-1:123456789012:topic', SourceAccount: '123456789012',
    }]);
  });

  test('fails for a bare service principal (no SourceArn / SourceAccount) and grants nothing', () => {
    // WHEN
    fn.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));
    fn.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com').withConditions({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:123456789012:t' } }));

    // THEN
    expect(fn.node.validate()).toEqual([expect.stringMatching(new RegExp('^\\[LambdaKit\\.ServerlessFunction\\.InvokePrincipal\\] Stack/Fn: '
      + '`grantInvoke\\(grantee\\)` must be a service principal with both aws:SourceArn and aws:SourceAccount conditions, '
      + 'got: sns\\.amazonaws\\.com without them\\. Use grantInvokeToService'))]);
    expect(fn.alias.node.findAll().filter(c => c instanceof lambda.CfnPermission)).toEqual([]);
    expect(() => app.synth()).toThrow(/InvokePrincipal/);
  });

  test.each([
    ['AnyPrincipal', () => new iam.AnyPrincipal()],
    ['StarPrincipal', () => new iam.StarPrincipal()],
    ['ArnPrincipal *', () => new iam.ArnPrincipal('*')],
  ])('fails for the wildcard principal (%s) through grantInvoke and grantInvokeUrl, and grants nothing', (_name, principal) => {
    // WHEN
    fn.grantInvoke(principal());
    fn.grantInvokeUrl(principal());

    // THEN
    const errors = fn.node.validate();
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('[LambdaKit.ServerlessFunction.InvokePrincipal] Stack/Fn: `grantInvoke(grantee)` must be a named role, '
      + 'account, organization or service (never the wildcard principal), got: *.');
    expect(errors[1]).toMatch(/`grantInvokeUrl\(grantee\)` must be a named role/);
    expect(fn.node.findAll().filter(c => c instanceof lambda.CfnPermission)).toEqual([]);
  });

  test('fails at synth when the resource policy of the alias exceeds 20 KB (LambdaLimits\'s policy-size rule)', () => {
    // WHEN: one statement per account
    for (let n = 0; n < 150; n++) fn.grantInvoke(new iam.AccountPrincipal(String(100000000000 + n)));

    // THEN
    expect(() => app.synth()).toThrow(/LambdaKit\.Permission\.PolicySize[^\n]*Stack\/Fn\/LiveAlias/);
  });

  test('does not fail with a handful of account grants', () => {
    for (let n = 0; n < 5; n++) fn.grantInvoke(new iam.AccountPrincipal(String(100000000000 + n)));
    expect(() => app.synth()).not.toThrow();
  });
});
