import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as events from 'aws-cdk-lib/aws-events';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { ServerlessFunction, ServerlessFunctionProps, Trigger } from '../../lib';

const REQUIRED: ServerlessFunctionProps = {
  runtime: lambda.Runtime.NODEJS_24_X,
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  handler: 'index.handler',
};
const ACCOUNT = '123456789012';

let app: App;
let stack: Stack;
beforeEach(() => {
  app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' } });
  stack = new Stack(app, 'Stack', { env: { account: ACCOUNT, region: 'eu-west-1' } });
});

function template(): Template {
  return Template.fromStack(stack);
}

function ref(construct: any): string {
  return stack.getLogicalId((construct.node.defaultChild ?? construct) as any);
}

function permissions(): any[] {
  return Object.values(template().findResources('AWS::Lambda::Permission')).map((permission: any) => permission.Properties);
}

/** Every permission: on the live alias, with a SourceArn and a SourceAccount, invoke only. */
function expectEveryPermissionScoped(fn: ServerlessFunction) {
  const all = permissions();
  expect(all.length).toBeGreaterThan(0);
  for (const permission of all) {
    expect(permission.FunctionName).toEqual({ Ref: ref(fn.alias) });
    expect(permission.Action).toBe('lambda:InvokeFunction');
    expect(permission.SourceArn).toBeDefined();
    expect(permission.SourceAccount).toBe(ACCOUNT);
  }
}

describe('Trigger.s3', () => {
  test('defaults: object-created notifications to the live alias, and one permission scoped to the bucket and its account', () => {
    const bucket = new s3.Bucket(stack, 'Bucket');
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, triggers: [Trigger.s3(bucket)] });
    expect(permissions()).toEqual([{
      Action: 'lambda:InvokeFunction',
      FunctionName: { Ref: ref(fn.alias) },
      Principal: 's3.amazonaws.com',
      SourceAccount: ACCOUNT,
      SourceArn: { 'Fn::GetAtt': [ref(bucket), 'Arn'] },
    }]);
    template().hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [{ Events: ['s3:ObjectCreated:*'], LambdaFunctionArn: { Ref: ref(fn.alias) } }],
      },
    });
  });

  test('events, prefix and suffix reach the notification', () => {
    const bucket = new s3.Bucket(stack, 'Bucket');
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    fn.addTrigger(Trigger.s3(bucket, { events: [s3.EventType.OBJECT_REMOVED, s3.EventType.OBJECT_CREATED_PUT], prefix: 'in/', suffix: '.csv' }));
    const filter = { Key: { FilterRules: [{ Name: 'suffix', Value: '.csv' }, { Name: 'prefix', Value: 'in/' }] } };
    template().hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          { Events: ['s3:ObjectRemoved:*'], LambdaFunctionArn: { Ref: ref(fn.alias) }, Filter: filter },
          { Events: ['s3:ObjectCreated:Put'], LambdaFunctionArn: { Ref: ref(fn.alias) }, Filter: filter },
        ],
      },
    });
    expectEveryPermissionScoped(fn);
    expect(permissions()).toHaveLength(1);
  });
});

describe('Trigger.sns', () => {
  test('subscribes the live alias, with a permission scoped to the topic and its account', () => {
    const topic = new sns.Topic(stack, 'Topic');
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, triggers: [Trigger.sns(topic)] });
    template().hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      TopicArn: { Ref: ref(topic) },
      Endpoint: { Ref: ref(fn.alias) },
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FnSnsDeadLetterQueue'), 'Arn'] } },
    });
    expect(permissions()).toEqual([{
      Action: 'lambda:InvokeFunction',
      FunctionName: { Ref: ref(fn.alias) },
      Principal: 'sns.amazonaws.com',
      SourceAccount: ACCOUNT,
      SourceArn: { Ref: ref(topic) },
    }]);
  });

  test('undelivered messages go to a created dead-letter queue: encrypted, retained, writable by SNS for this topic only', () => {
    const topic = new sns.Topic(stack, 'Topic');
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, triggers: [Trigger.sns(topic)] });
    const queue = fn.node.children.find(child => child.node.id.startsWith('SnsDeadLetterQueue'))!;
    template().hasResource('AWS::SQS::Queue', {
      Properties: { SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600, RedriveAllowPolicy: { redrivePermission: 'denyAll' } },
      DeletionPolicy: 'Retain',
    });
    template().hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: ref(queue) }],
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Effect: 'Allow',
          Principal: { Service: 'sns.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Resource: { 'Fn::GetAtt': [ref(queue), 'Arn'] },
          Condition: { ArnEquals: { 'aws:SourceArn': { Ref: ref(topic) } } },
        }]),
      },
    });
  });

  test('a dead-letter queue becomes the subscription\'s redrive policy', () => {
    const topic = new sns.Topic(stack, 'Topic');
    const queue = new sqs.Queue(stack, 'Undelivered');
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, triggers: [Trigger.sns(topic, { deadLetterQueue: queue })] });
    template().hasResourceProperties('AWS::SNS::Subscription', {
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [ref(queue), 'Arn'] } },
    });
  });

  test('an imported topic of another account: SourceAccount is the topic\'s account', () => {
    const topic = sns.Topic.fromTopicArn(stack, 'Topic', 'arn:aws:sns:eu-west-1:210987654321:orders');
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, triggers: [Trigger.sns(topic)] });
    template().hasResourceProperties('AWS::Lambda::Permission', {
      SourceArn: 'arn:aws:sns:eu-west-1:210987654321:orders',
      SourceAccount: '210987654321',
    });
  });
});

describe('Trigger.eventBridgeRule', () => {
  test('targets the live alias, with a permission scoped to the rule and its account', () => {
    const rule = new events.Rule(stack, 'Rule', { eventPattern: { source: ['orders'] } });
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, triggers: [Trigger.eventBridgeRule(rule)] });
    template().hasResourceProperties('AWS::Events::Rule', {
      Targets: [Match.objectLike({
        Arn: { Ref: ref(fn.alias) }, RetryPolicy: Match.absent(), Input: Match.absent(),
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FnEventsDeadLetterQueue'), 'Arn'] } },
      })],
    });
    expect(permissions()).toEqual([{
      Action: 'lambda:InvokeFunction',
      FunctionName: { Ref: ref(fn.alias) },
      Principal: 'events.amazonaws.com',
      SourceAccount: ACCOUNT,
      SourceArn: { 'Fn::GetAtt': [ref(rule), 'Arn'] },
    }]);
  });

  test('the created dead-letter queue lets EventBridge write for this rule only', () => {
    const rule = new events.Rule(stack, 'Rule', { eventPattern: { source: ['orders'] } });
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, triggers: [Trigger.eventBridgeRule(rule)] });
    const queue = fn.node.children.find(child => child.node.id.startsWith('EventsDeadLetterQueue'))!;
    template().hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: ref(queue) }],
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Effect: 'Allow',
          Principal: { Service: 'events.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Resource: { 'Fn::GetAtt': [ref(queue), 'Arn'] },
          Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [ref(rule), 'Arn'] } } },
        })]),
      },
    });
  });

  test('input, retries, event age and dead-letter queue reach the target', () => {
    const rule = new events.Rule(stack, 'Rule', { eventPattern: { source: ['orders'] } });
    const queue = new sqs.Queue(stack, 'Undelivered');
    new ServerlessFunction(stack, 'Fn', {
      ...REQUIRED,
      triggers: [Trigger.eventBridgeRule(rule, {
        input: events.RuleTargetInput.fromObject({ kind: 'tick' }),
        retryAttempts: 2,
        maxEventAge: Duration.hours(1),
        deadLetterQueue: queue,
      })],
    });
    template().hasResourceProperties('AWS::Events::Rule', {
      Targets: [Match.objectLike({
        Input: '{"kind":"tick"}',
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [ref(queue), 'Arn'] } },
      })],
    });
  });
});

describe('EventBridge retry policy validation', () => {
  test.each([
    [185, Duration.hours(24), []],
    [0, Duration.seconds(60), []],
    [186, Duration.hours(24), ['LambdaKit.Trigger.RetryAttempts']],
    [1.5, Duration.hours(1), ['LambdaKit.Trigger.RetryAttempts']],
    [3, Duration.seconds(59), ['LambdaKit.Trigger.MaxEventAge']],
    [3, Duration.millis(60_500), ['LambdaKit.Trigger.MaxEventAge']],
    [-1, Duration.hours(25), ['LambdaKit.Trigger.RetryAttempts', 'LambdaKit.Trigger.MaxEventAge']],
  ])('retryAttempts %s and maxEventAge %s: reported at synth, never thrown', (retryAttempts, maxEventAge, rules) => {
    const rule = new events.Rule(stack, 'Rule', { eventPattern: { source: ['orders'] } });
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    expect(() => fn.addTrigger(Trigger.eventBridgeRule(rule, { retryAttempts, maxEventAge }))).not.toThrow();
    const errors = fn.node.validate();
    expect(errors.map(error => /^\[([\w.]+)\]/.exec(error)?.[1])).toEqual(rules);
    if (rules.includes('LambdaKit.Trigger.RetryAttempts')) {
      expect(errors[0]).toBe(`[LambdaKit.Trigger.RetryAttempts] Stack/Fn: \`retryAttempts\` must be a whole number from 0 to 185, got: ${retryAttempts}. `
        + 'Choose a number of retries in that range. See https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_RetryPolicy.html');
    }
  });
});

describe('Trigger.schedule', () => {
  test('defines a schedule rule in the function that targets the live alias, with a scoped permission', () => {
    const fn = new ServerlessFunction(stack, 'Fn', {
      ...REQUIRED,
      triggers: [Trigger.schedule(events.Schedule.rate(Duration.minutes(5)), { description: 'every 5 minutes' })],
    });
    fn.addTrigger(Trigger.schedule(events.Schedule.cron({ minute: '0/15' })));
    template().hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      Description: 'every 5 minutes',
      Targets: [Match.objectLike({ Arn: { Ref: ref(fn.alias) }, DeadLetterConfig: { Arn: Match.anyValue() } })],
    });
    template().hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'cron(0/15 * * * ? *)' });
    expect(permissions()).toHaveLength(2);
    expectEveryPermissionScoped(fn);
    expect(permissions().map(permission => permission.Principal)).toEqual(['events.amazonaws.com', 'events.amazonaws.com']);
  });
});

describe('API Gateway and load balancer integrations', () => {
  test('restApiIntegration: a proxy integration of the live alias, one permission scoped to the method\'s execute-api ARN and the account', () => {
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    const api = new apigateway.RestApi(stack, 'Api');
    api.root.addResource('orders').addMethod('GET', fn.restApiIntegration());
    template().hasResourceProperties('AWS::ApiGateway::Method', {
      Integration: Match.objectLike({
        Type: 'AWS_PROXY',
        Uri: { 'Fn::Join': ['', Match.arrayWith([{ Ref: ref(fn.alias) }])] },
      }),
    });
    expect(permissions()).toHaveLength(1);
    expectEveryPermissionScoped(fn);
    expect(permissions()[0].Principal).toBe('apigateway.amazonaws.com');
    expect(JSON.stringify(permissions()[0].SourceArn)).toContain('/GET/orders');
  });

  test('restApiIntegration with allowTestInvoke: a second permission, for the test-invoke stage only', () => {
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    const api = new apigateway.RestApi(stack, 'Api');
    api.root.addMethod('POST', fn.restApiIntegration({ allowTestInvoke: true, proxy: false }));
    template().hasResourceProperties('AWS::ApiGateway::Method', { Integration: Match.objectLike({ Type: 'AWS' }) });
    expect(permissions()).toHaveLength(2);
    expectEveryPermissionScoped(fn);
    expect(permissions().some(permission => JSON.stringify(permission.SourceArn).includes('test-invoke-stage'))).toBe(true);
  });

  test('httpApiIntegration: the live alias, one permission scoped to the route\'s execute-api ARN and the account', () => {
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    const api = new apigatewayv2.HttpApi(stack, 'HttpApi');
    api.addRoutes({ path: '/orders', methods: [apigatewayv2.HttpMethod.GET], integration: fn.httpApiIntegration() });
    template().hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: { Ref: ref(fn.alias) },
      PayloadFormatVersion: '2.0',
    });
    expect(permissions()).toHaveLength(1);
    expectEveryPermissionScoped(fn);
    expect(permissions()[0].Principal).toBe('apigateway.amazonaws.com');
    expect(JSON.stringify(permissions()[0].SourceArn)).toContain('/*/*/orders');
  });

  test('albTarget: the live alias in a named target group, a permission scoped to that target group and the account, created first', () => {
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
    const alb = new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc });
    const listener = alb.addListener('Http', { port: 80 });
    const group = listener.addTargets('Fn', { targets: [fn.albTarget()] });
    const groupName = (group.node.defaultChild as elbv2.CfnTargetGroup).name!;
    expect(groupName).toMatch(/^[A-Za-z0-9]{1,32}$/);
    template().hasResource('AWS::ElasticLoadBalancingV2::TargetGroup', {
      Properties: { TargetType: 'lambda', Name: groupName, Targets: [{ Id: { Ref: ref(fn.alias) } }] },
      DependsOn: fn.alias.node.findAll().filter(child => child instanceof lambda.CfnPermission)
        .map(permission => stack.getLogicalId(permission as any)),
    });
    expect(permissions()).toEqual([{
      Action: 'lambda:InvokeFunction',
      FunctionName: { Ref: ref(fn.alias) },
      Principal: 'elasticloadbalancing.amazonaws.com',
      SourceAccount: ACCOUNT,
      SourceArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:elasticloadbalancing:eu-west-1:${ACCOUNT}:targetgroup/${groupName}/*`]] },
    }]);
  });

  test('albTarget keeps a target group name the user gave', () => {
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    new elbv2.ApplicationTargetGroup(stack, 'Group', { targetGroupName: 'orders', targets: [fn.albTarget()] });
    template().hasResourceProperties('AWS::ElasticLoadBalancingV2::TargetGroup', { Name: 'orders' });
    expect(JSON.stringify(permissions()[0].SourceArn)).toContain('targetgroup/orders/*');
  });
});
