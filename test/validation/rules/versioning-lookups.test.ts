import { Duration } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { LambdaModel } from '../../../lib/validation/model';
import { functionTarget, qualifiedTarget } from '../../../lib/validation/rules/versioning-lookups';
import { cfnFunction, limitsApp, synthErrors } from '../helpers';
import { cfnAlias, cfnVersion, functionArn, l2Function } from '../versioning-helpers';

describe('functionTarget', () => {
  function lookup(value: unknown) {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn', { functionName: 'my-fn' });
    const version = cfnVersion(stack, 'Version', fn);
    const alias = cfnAlias(stack, 'Alias', fn, version);
    const anonymous = cfnFunction(stack, 'Anonymous');
    const from = new lambda.CfnPermission(stack, 'From', { functionName: 'x', action: 'lambda:InvokeFunction', principal: '*' });
    from.addPropertyOverride('FunctionName', typeof value === 'function' ? value({ fn, version, alias, anonymous }) : value);
    const model = LambdaModel.of(app);
    const target = functionTarget(model, model.ofType('AWS::Lambda::Permission')[0], model.ofType('AWS::Lambda::Permission')[0].properties.FunctionName);
    return target && { fn: target.fn.key, qualifier: target.qualifier.key };
  }

  test.each([
    ['a literal name', 'my-fn', 'name:my-fn', ''],
    ['a function ARN', functionArn('my-fn'), 'name:my-fn', ''],
    ['a partial ARN', '123456789012:function:my-fn', 'name:my-fn', ''],
    ['a qualified ARN', functionArn('my-fn', 'live'), 'name:my-fn', 'alias:live'],
    ['a version-qualified ARN', functionArn('my-fn', '7'), 'name:my-fn', 'number:7'],
    ['a name with a qualifier', 'my-fn:$LATEST', 'name:my-fn', ''],
    ['a function not in the app', 'other', 'name:other', ''],
  ])('reads %s', (_, value, fn, qualifier) => {
    expect(lookup(value)).toEqual({ fn, qualifier });
  });

  test.each([
    ['a Ref to the function', ({ fn }: any) => ({ Ref: fn.logicalId }), 'name:my-fn', ''],
    ['a GetAtt Arn', ({ fn }: any) => ({ 'Fn::GetAtt': [fn.logicalId, 'Arn'] }), 'name:my-fn', ''],
    ['a Version Ref', ({ version }: any) => ({ Ref: version.logicalId }), 'name:my-fn', 'version:Stack/Version'],
    ['an Alias Ref', ({ alias }: any) => ({ Ref: alias.logicalId }), 'name:my-fn', 'alias:live'],
    ['a joined qualified ARN', ({ fn }: any) => ({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [fn.logicalId, 'Arn'] }, ':live']] }), 'name:my-fn', 'alias:live'],
    ['a function with a generated name', ({ anonymous }: any) => ({ Ref: anonymous.logicalId }), 'fn:Stack/Anonymous', ''],
  ])('follows %s', (_, value, fn, qualifier) => {
    expect(lookup(value)).toEqual({ fn, qualifier });
  });

  test.each([
    ['an import', { 'Fn::ImportValue': 'Fn' }],
    ['a parameter', { Ref: 'FunctionParam' }],
    ['a GetAtt of another attribute', { 'Fn::GetAtt': ['Version', 'Version'] }],
    ['a queue ARN', 'arn:aws:sqs:us-east-1:123456789012:q'],
  ])('does not guess %s', (_, value) => {
    expect(lookup(value)).toBeUndefined();
  });

  test('reads the qualifier aws-cdk-lib renders for an alias EventInvokeConfig', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn').addAlias('live').configureAsyncInvoke({ retryAttempts: 0 });
    const model = LambdaModel.of(app);
    const config = model.ofType('AWS::Lambda::EventInvokeConfig')[0];
    expect(qualifiedTarget(model, config, 'FunctionName')?.qualifier.key).toBe('alias:live');
  });
});

describe('the versioning rules on a realistic aws-cdk-lib app', () => {
  test('report nothing on a well-formed canary, URL, destinations, layer and event sources', () => {
    const { app, stack } = limitsApp();
    const layer = new lambda.LayerVersion(stack, 'Layer', {
      code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'LayerBucket', 'layer-bucket'), 'layer.zip'),
      compatibleRuntimes: [lambda.Runtime.NODEJS_22_X], compatibleArchitectures: [lambda.Architecture.X86_64], license: 'MIT',
    });
    layer.addPermission('Org', { accountId: '*', organizationId: 'o-abcdefghij' });
    const fn = l2Function(stack, 'Fn', {
      layers: [layer], reservedConcurrentExecutions: 50,
      onFailure: new destinations.SqsDestination(new sqs.Queue(stack, 'Failures')), onSuccess: new destinations.EventBridgeDestination(),
      maxEventAge: Duration.hours(1), retryAttempts: 1,
    });
    const previous = new lambda.Version(stack, 'Previous', { lambda: fn, description: 'previous' });
    const live = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion, additionalVersions: [{ version: previous, weight: 0.1 }] });
    new lambda.Alias(stack, 'Warm', { aliasName: 'warm', version: previous, provisionedConcurrentExecutions: 5 });
    live.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE, cors: { allowedOrigins: ['https://example.com'], maxAge: Duration.hours(1) } });
    const api = new apigateway.RestApi(stack, 'Api');
    api.root.addResource('orders').addMethod('GET', new apigateway.LambdaIntegration(live));
    new sns.Topic(stack, 'Topic').addSubscription(new subscriptions.LambdaSubscription(live));
    new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(Duration.hours(1)), targets: [new targets.LambdaFunction(live)] });
    new s3.Bucket(stack, 'Uploads').addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(fn));
    expect(synthErrors(app)).toEqual([]);
    const warnings = app.synth().stacks.flatMap(s => s.messages).map(m => String(m.entry.data)).filter(text => text.includes('[LambdaKit.'));
    // Two Version resources of one function in one deployment is what LambdaKit.Version.NeedsChange warns about.
    expect(warnings).toEqual([expect.stringContaining('[LambdaKit.Version.NeedsChange]')]);
  });
});
