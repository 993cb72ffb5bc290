import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { ServerlessFunction, ServerlessFunctionProps } from '../../lib';
import * as defaults from '../../lib/function/defaults';
import { complianceFindings } from '../support/compliance';

const REQUIRED: ServerlessFunctionProps = {
  runtime: lambda.Runtime.NODEJS_24_X,
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  handler: 'index.handler',
};
const ENV = { account: '123456789012', region: 'eu-west-1' };

let app: App;
let stack: Stack;
beforeEach(() => {
  app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' } });
  stack = new Stack(app, 'Stack', { env: ENV });
});

const id = (construct: any) => stack.getLogicalId((construct.node.defaultChild ?? construct) as any);
const permissions = () => Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Permission')).map((p: any) => p.Properties);

describe('function URL', () => {
  test('defaults: on the live alias, AWS_IAM, BUFFERED, no CORS, no resource-policy statement', () => {
    // WHEN
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, url: {} });

    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Lambda::Url', 1);
    template.hasResourceProperties('AWS::Lambda::Url', {
      TargetFunctionArn: { 'Fn::GetAtt': [id(fn.function), 'Arn'] },
      Qualifier: 'live',
      AuthType: 'AWS_IAM',
      InvokeMode: 'BUFFERED',
      Cors: Match.absent(),
    });
    expect(permissions()).toEqual([]);
    expect(fn.functionUrl).toBeDefined();
  });

  test('the URL defaults are the documented constants', () => {
    expect(defaults.DEFAULT_URL_AUTH_TYPE).toBe(lambda.FunctionUrlAuthType.AWS_IAM);
    expect(defaults.DEFAULT_URL_INVOKE_MODE).toBe(lambda.InvokeMode.BUFFERED);
    expect(defaults.DEFAULT_URL_ALLOW_PUBLIC_ACCESS).toBe(false);
  });

  test('without url: no function URL', () => {
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    Template.fromStack(stack).resourceCountIs('AWS::Lambda::Url', 0);
    expect(fn.functionUrl).toBeUndefined();
  });

  test('CORS and response streaming are written as given, maxAge included', () => {
    new ServerlessFunction(stack, 'Fn', {
      ...REQUIRED,
      url: {
        invokeMode: lambda.InvokeMode.RESPONSE_STREAM,
        cors: { allowedOrigins: ['https://example.com'], allowedMethods: [lambda.HttpMethod.GET], allowedHeaders: ['content-type'], maxAge: Duration.hours(1) },
      },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Url', {
      InvokeMode: 'RESPONSE_STREAM',
      Cors: { AllowOrigins: ['https://example.com'], AllowMethods: ['GET'], AllowHeaders: ['content-type'], MaxAge: 3600 },
    });
  });

  test('fails at synth (not at construction) for CORS maxAge above one day and an empty origin list, naming the props', () => {
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, url: { cors: { allowedOrigins: [], maxAge: Duration.seconds(86_401) } } });
    const synth = () => app.synth();
    expect(synth).toThrow(/LambdaKit\.Url\.CorsMaxAge[^\n]*`url\.cors\.maxAge`/);
    expect(synth).toThrow(/LambdaKit\.Url\.CorsOrigins[^\n]*`url\.cors\.allowedOrigins`/);
  });

  test('does not fail with CORS maxAge of exactly one day', () => {
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, url: { cors: { allowedOrigins: ['*'], maxAge: Duration.seconds(86_400) } } });
    expect(() => app.synth()).not.toThrow();
  });

  test('fails for a public URL without the opt-in: no URL and no statement for Principal * is created', () => {
    // WHEN
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, url: { authType: lambda.FunctionUrlAuthType.NONE } });

    // THEN
    expect(fn.functionUrl).toBeUndefined();
    const created = fn.node.findAll();
    expect(created.filter(c => c instanceof lambda.CfnUrl)).toEqual([]);
    expect(created.filter(c => c instanceof lambda.CfnPermission)).toEqual([]);
    expect(fn.node.validate().join('\n')).toContain(
      '[LambdaKit.ServerlessFunction.PublicUrlOptIn] Stack/Fn: `url.authType` must be AWS_IAM unless `url.allowPublicAccess` is true, got: NONE.');
    expect(() => app.synth()).toThrow(/PublicUrlOptIn/);
  });

  test('allowPublicAccess false is the same as absent: refused', () => {
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, url: { authType: lambda.FunctionUrlAuthType.NONE, allowPublicAccess: false } });
    expect(fn.functionUrl).toBeUndefined();
    expect(() => app.synth()).toThrow(/PublicUrlOptIn/);
  });

  test('with the opt-in: both statements AWS requires since October 2025, on the alias', () => {
    // WHEN
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, url: { authType: lambda.FunctionUrlAuthType.NONE, allowPublicAccess: true } });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Url', { AuthType: 'NONE', Qualifier: 'live' });
    expect(permissions()).toEqual(expect.arrayContaining([
      { Action: 'lambda:InvokeFunctionUrl', FunctionName: { Ref: id(fn.alias) }, Principal: '*', FunctionUrlAuthType: 'NONE' },
      { Action: 'lambda:InvokeFunction', FunctionName: { Ref: id(fn.alias) }, Principal: '*', InvokedViaFunctionUrl: true },
    ]));
    expect(permissions()).toHaveLength(2);
    expect(() => app.synth()).not.toThrow();
  });

  test('grantInvokeUrl gives a role lambda:InvokeFunctionUrl (AWS_IAM) and lambda:InvokeFunction via the URL, on the alias', () => {
    // GIVEN
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, url: {} });
    const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.AccountRootPrincipal() });

    // WHEN
    fn.grantInvokeUrl(role);

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: id(role) }],
      PolicyDocument: {
        Statement: [
          { Action: 'lambda:InvokeFunctionUrl', Effect: 'Allow', Resource: { Ref: id(fn.alias) }, Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'AWS_IAM' } } },
          { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: { Ref: id(fn.alias) }, Condition: { Bool: { 'lambda:InvokedViaFunctionUrl': true } } },
        ],
      },
    });
  });

  test('urlOrigin: CloudFront with origin access control is the only caller, scoped by SourceArn and SourceAccount', () => {
    // GIVEN
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, url: {} });

    // WHEN
    const distribution = new cloudfront.Distribution(stack, 'Cdn', { defaultBehavior: { origin: fn.urlOrigin() } });

    // THEN
    const template = Template.fromStack(stack);
    const sourceArn = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudfront::123456789012:distribution/', { Ref: id(distribution) }]] };
    expect(permissions()).toEqual([
      {
        Action: 'lambda:InvokeFunctionUrl', FunctionName: { Ref: id(fn.alias) }, Principal: 'cloudfront.amazonaws.com',
        FunctionUrlAuthType: 'AWS_IAM', SourceArn: sourceArn, SourceAccount: '123456789012',
      },
      {
        Action: 'lambda:InvokeFunction', FunctionName: { Ref: id(fn.alias) }, Principal: 'cloudfront.amazonaws.com',
        InvokedViaFunctionUrl: true, SourceArn: sourceArn, SourceAccount: '123456789012',
      },
    ]);
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 'lambda', SigningBehavior: 'always', SigningProtocol: 'sigv4' }),
    });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Origins: [Match.objectLike({
          OriginAccessControlId: Match.anyValue(),
          CustomOriginConfig: Match.objectLike({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] }),
        })],
      }),
    });
  });

  test('urlOrigin on two distributions: each is allowed by its own SourceArn', () => {
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, url: {} });
    const first = new cloudfront.Distribution(stack, 'First', { defaultBehavior: { origin: fn.urlOrigin() } });
    const second = new cloudfront.Distribution(stack, 'Second', { defaultBehavior: { origin: fn.urlOrigin() } });
    const sources = permissions().map((permission: any) => JSON.stringify(permission.SourceArn));
    expect(permissions()).toHaveLength(4);
    expect(sources.filter(source => source.includes(id(first)))).toHaveLength(2);
    expect(sources.filter(source => source.includes(id(second)))).toHaveLength(2);
  });

  test('throws when urlOrigin() is called without a private URL', () => {
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    expect(() => fn.urlOrigin()).toThrow(/urlOrigin\(\) needs `url` with authType AWS_IAM/);
  });
});

describe('function URL compliance', () => {
  test('a private URL: zero unacknowledged findings from AwsSolutions, Serverless and Control Tower', () => {
    const findings = complianceFindings(a => {
      new ServerlessFunction(new Stack(a, 'PrivateUrl', { env: ENV }), 'Fn', { ...REQUIRED, url: {} });
    }, { nagPacks: ['AwsSolutions', 'Serverless'] });
    expect(findings).toEqual([]);
  });

  test('a public URL with the opt-in: its findings are acknowledged on the URL and its permissions only', () => {
    const findings = complianceFindings(a => {
      const url = { authType: lambda.FunctionUrlAuthType.NONE, allowPublicAccess: true };
      new ServerlessFunction(new Stack(a, 'PublicUrl', { env: ENV }), 'Fn', { ...REQUIRED, url });
    });
    // THEN: nothing about the URL or its statements is left; the rest are the defaults' known gaps (no VPC, no KMS key, no reserved concurrency)
    const urlFindings = findings.filter(finding => /FunctionUrl|LiveAlias\/invoke-function/.test(finding.resourcePath) || finding.resourcePath === '');
    expect(urlFindings).toEqual([]);
    expect(findings.map(finding => finding.resourcePath).filter(path => !/\/(LogGroup|Function)\/Resource$/.test(path))).toEqual([]);
  });
});
