import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Deployment, ServerlessFunction, ServerlessFunctionProps } from '../../lib';
import { complianceFindings } from '../support/compliance';
import { synthErrors } from '../validation/helpers';

const ENV = { account: '123456789012', region: 'eu-west-1' };
const REQUIRED: ServerlessFunctionProps = {
  runtime: lambda.Runtime.NODEJS_24_X,
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  handler: 'index.handler',
};

function build(props: Partial<ServerlessFunctionProps> = {}) {
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' } });
  const stack = new Stack(app, 'Stack', { env: ENV });
  const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, ...props });
  const id = (construct: any) => stack.getLogicalId((construct.node.defaultChild ?? construct) as any);
  return { app, stack, fn, id, template: () => Template.fromStack(stack) };
}

function versionIds(template: Template): string[] {
  return Object.keys(template.findResources('AWS::Lambda::Version'));
}

function managedPolicyStatements(template: Template, roleLogicalId: string): any[] {
  return Object.values(template.findResources('AWS::IAM::ManagedPolicy'))
    .filter((p: any) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: roleLogicalId }]))
    .flatMap((p: any) => p.Properties.PolicyDocument.Statement);
}

describe('versions', () => {
  test('a configuration-only change publishes a new version (new logical id)', () => {
    const before = versionIds(build({ memorySize: 512 }).template());
    const after = versionIds(build({ memorySize: 1024 }).template());
    const environment = versionIds(build({ environment: { MODE: 'b' } }).template());
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toEqual(before[0]);
    expect(environment[0]).not.toEqual(before[0]);
  });

  test('a code change publishes a new version', () => {
    const a = versionIds(build().template());
    const b = versionIds(build({ code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 204 });') }).template());
    expect(b[0]).not.toEqual(a[0]);
  });

  test('the same code and configuration keep the same version', () => {
    expect(versionIds(build().template())).toEqual(versionIds(build().template()));
  });

  test('versions are retained when replaced, so rollback targets never vanish', () => {
    build().template().hasResource('AWS::Lambda::Version', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });
});

describe('the live alias', () => {
  test('is named live by default and points at the current version', () => {
    const { fn, id, template } = build();
    template().hasResourceProperties('AWS::Lambda::Alias', {
      Name: 'live',
      FunctionName: { Ref: id(fn.function) },
      FunctionVersion: { 'Fn::GetAtt': [versionIds(template())[0], 'Version'] },
      RoutingConfig: Match.absent(),
      ProvisionedConcurrencyConfig: Match.absent(),
    });
  });

  test('its name is configurable', () => {
    build({ aliasName: 'prod' }).template().hasResourceProperties('AWS::Lambda::Alias', { Name: 'prod' });
  });

  test('weighted routing sends the given share to the earlier version', () => {
    build({ weightedRouting: { version: '7', weight: 0.1 } }).template().hasResourceProperties('AWS::Lambda::Alias', {
      RoutingConfig: { AdditionalVersionWeights: [{ FunctionVersion: '7', FunctionWeight: 0.1 }] },
    });
  });

  test.each([[-0.1], [1.5]])('fails at synth for a routing weight of %d, naming the prop', (weight) => {
    const { app } = build({ weightedRouting: { version: '7', weight } });
    const errors = synthErrors(app);
    const routingWeight = /\[LambdaKit\.Alias\.RoutingWeight\] Stack\/Fn\/LiveAlias\/Resource: `weightedRouting`/;
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(routingWeight)]));
  });

  test('fails at synth when routing to $LATEST', () => {
    const { app } = build({ weightedRouting: { version: '$LATEST', weight: 0.5 } });
    expect(synthErrors(app).join('\n')).toContain('[LambdaKit.Alias.RoutingPublishedVersions]');
  });

  test('provisioned concurrency goes on the alias and never on the version', () => {
    const { template } = build({ provisionedConcurrency: 5 });
    template().hasResourceProperties('AWS::Lambda::Alias', { ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 5 } });
    template().hasResourceProperties('AWS::Lambda::Version', { ProvisionedConcurrencyConfig: Match.absent() });
  });

  test('fails at synth for static weighted routing together with provisioned concurrency (the schema refuses it)', () => {
    const { app } = build({ weightedRouting: { version: '7', weight: 0.1 }, provisionedConcurrency: 2 });
    expect(synthErrors(app).join('\n')).toContain('[LambdaKit.ProvisionedConcurrency.WithRouting] Stack/Fn/LiveAlias/Resource');
  });

  test('provisioned concurrency autoscaling tracks utilization of the alias', () => {
    const { fn, id, template } = build({ provisionedConcurrency: 2, provisionedConcurrencyAutoScaling: { minCapacity: 2, maxCapacity: 10 } });
    template().hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', {
      MinCapacity: 2,
      MaxCapacity: 10,
      ScalableDimension: 'lambda:function:ProvisionedConcurrency',
    });
    const target = Object.values(template().findResources('AWS::ApplicationAutoScaling::ScalableTarget'))[0] as any;
    expect(JSON.stringify(target.Properties.ResourceId)).toContain(JSON.stringify({ Ref: id(fn.alias) }));
    expect(JSON.stringify(target.Properties.ResourceId)).toContain(':live');
    template().hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      TargetTrackingScalingPolicyConfiguration: Match.objectLike({
        TargetValue: 0.7,
        PredefinedMetricSpecification: { PredefinedMetricType: 'LambdaProvisionedConcurrencyUtilization' },
      }),
    });
  });

  test.each([[0.09, true], [0.1, false], [0.9, false], [0.91, true]])('autoscaling utilization target %d fails: %s', (utilizationTarget, fails) => {
    const { app } = build({ provisionedConcurrency: 2, provisionedConcurrencyAutoScaling: { minCapacity: 2, maxCapacity: 4, utilizationTarget } });
    expect(synthErrors(app).join('\n').includes('[LambdaKit.ServerlessFunction.AutoScalingUtilizationTarget]')).toBe(fails);
  });

  test.each([[0, 4, true], [1, 1, false], [3, 2, true]])('autoscaling capacity %d..%d fails: %s', (minCapacity, maxCapacity, fails) => {
    const { app } = build({ provisionedConcurrency: 1, provisionedConcurrencyAutoScaling: { minCapacity, maxCapacity } });
    expect(synthErrors(app).join('\n').includes('[LambdaKit.ServerlessFunction.AutoScalingCapacity] Stack/Fn:')).toBe(fails);
  });

  test.each([[5, 5, false], [5, 6, true]])('with %d reserved, autoscaling to %d fails: %s', (reservedConcurrentExecutions, maxCapacity, fails) => {
    const scaling = { minCapacity: 1, maxCapacity };
    const { app } = build({ reservedConcurrentExecutions, provisionedConcurrency: 1, provisionedConcurrencyAutoScaling: scaling });
    expect(synthErrors(app).join('\n').includes('[LambdaKit.ServerlessFunction.AutoScalingAboveReserved]')).toBe(fails);
  });

  test('fails at synth for provisioned concurrency below 1, and for autoscaling beyond reserved concurrency', () => {
    const { app } = build({
      provisionedConcurrency: 0,
      reservedConcurrentExecutions: 5,
      provisionedConcurrencyAutoScaling: { minCapacity: 1, maxCapacity: 10, utilizationTarget: 0.95 },
    });
    const text = synthErrors(app).join('\n');
    expect(text).toContain('[LambdaKit.ProvisionedConcurrency.Minimum]');
    expect(text).toContain('[LambdaKit.ServerlessFunction.AutoScalingAboveReserved]');
    expect(text).toContain('[LambdaKit.ServerlessFunction.AutoScalingUtilizationTarget]');
  });
});

describe('progressive deployment', () => {
  test('without deployment there is no CodeDeploy and the alias has no update policy', () => {
    const { template } = build();
    template().resourceCountIs('AWS::CodeDeploy::DeploymentGroup', 0);
    template().resourceCountIs('AWS::CloudWatch::Alarm', 0);
    template().hasResource('AWS::Lambda::Alias', { UpdatePolicy: Match.absent() });
  });

  test('a canary creates a deployment group that rolls back on alarm, failure and stop, with errors and throttles alarms', () => {
    const { fn, id, template } = build({ deployment: Deployment.CANARY_10_PERCENT_5_MINUTES });
    template().hasResourceProperties('AWS::CodeDeploy::DeploymentGroup', {
      DeploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      AutoRollbackConfiguration: { Enabled: true, Events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST', 'DEPLOYMENT_STOP_ON_ALARM'] },
      AlarmConfiguration: { Enabled: true, Alarms: [{ Name: { Ref: id(fn.deploymentAlarms[0]) } }, { Name: { Ref: id(fn.deploymentAlarms[1]) } }] },
      ServiceRoleArn: { 'Fn::GetAtt': [id(fn.deploymentGroup!.role), 'Arn'] },
    });
    template().hasResource('AWS::Lambda::Alias', {
      UpdatePolicy: { CodeDeployLambdaAliasUpdate: Match.objectLike({ DeploymentGroupName: { Ref: id(fn.deploymentGroup) } }) },
    });
    for (const metric of ['Errors', 'Throttles']) {
      template().hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: metric,
        Namespace: 'AWS/Lambda',
        Dimensions: Match.arrayWith([{ Name: 'Resource', Value: { 'Fn::Join': ['', [{ Ref: id(fn.function) }, ':live']] } }]),
        Threshold: 1,
        AlarmActions: [{ Ref: id(fn.alarmTopic) }],
      });
    }
  });

  test('every alarm has an action on an encrypted, SSL-only topic', () => {
    const { fn, id, template } = build({ deployment: Deployment.ALL_AT_ONCE, latencyAlarmThreshold: Duration.millis(800) });
    const alarms = Object.values(template().findResources('AWS::CloudWatch::Alarm'));
    expect(alarms).toHaveLength(3);
    for (const alarm of alarms as any[]) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: id(fn.alarmTopic) }]);
    template().hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Duration', ExtendedStatistic: 'p99', Threshold: 800 });
    template().hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.objectLike({ 'Fn::GetAtt': Match.anyValue() }) });
    template().hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: [Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })] },
    });
    template().hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] })]) },
    });
  });

  test('the CodeDeploy role has no AWS managed policy and may act on this alias and these alarms only', () => {
    const { fn, id, template } = build({ deployment: Deployment.LINEAR_10_PERCENT_EVERY_1_MINUTE });
    const roleId = id(fn.deploymentGroup!.role);
    template().hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'codedeploy.amazonaws.com' } }] },
      ManagedPolicyArns: Match.absent(),
    });
    expect(managedPolicyStatements(template(), roleId)).toEqual([
      {
        Sid: 'ShiftLiveAliasTraffic',
        Action: ['lambda:GetAlias', 'lambda:UpdateAlias', 'lambda:GetProvisionedConcurrencyConfig'],
        Effect: 'Allow',
        Resource: { Ref: id(fn.alias) },
      },
      {
        Sid: 'ReadDeploymentAlarms',
        Action: 'cloudwatch:DescribeAlarms',
        Effect: 'Allow',
        Resource: [{ 'Fn::GetAtt': [id(fn.deploymentAlarms[0]), 'Arn'] }, { 'Fn::GetAtt': [id(fn.deploymentAlarms[1]), 'Arn'] }],
      },
    ]);
    template().resourceCountIs('AWS::IAM::Policy', 0);
  });

  test('user alarms join the deployment alarms', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack', { env: ENV });
    const mine = new cloudwatch.Alarm(stack, 'Mine', { metric: new cloudwatch.Metric({ namespace: 'Orders', metricName: 'Failed' }), threshold: 1, evaluationPeriods: 1 });
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, deployment: Deployment.ALL_AT_ONCE, deploymentAlarms: [mine] });
    expect(fn.deploymentAlarms).toContain(mine);
    Template.fromStack(stack).hasResourceProperties('AWS::CodeDeploy::DeploymentGroup', {
      AlarmConfiguration: { Enabled: true, Alarms: Match.arrayWith([{ Name: { Ref: stack.getLogicalId(mine.node.defaultChild as any) } }]) },
    });
  });

  test('hooks may report to this deployment group only, and CodeDeploy may invoke them', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack', { env: ENV });
    const hook = new lambda.Function(stack, 'Hook', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler=async()=>{}') });
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, deployment: Deployment.ALL_AT_ONCE, preTrafficHook: hook });
    const template = Template.fromStack(stack);
    const id = (c: any) => stack.getLogicalId((c.node.defaultChild ?? c) as any);
    const hookPolicy = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: id(hook.role) }] } }))[0] as any;
    const statements = hookPolicy.Properties.PolicyDocument.Statement;
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ Action: 'codedeploy:PutLifecycleEventHookExecutionStatus', Effect: 'Allow' });
    const resource = JSON.stringify(statements[0].Resource);
    expect(resource).toContain(':deploymentgroup:');
    expect(resource).toContain(JSON.stringify({ Ref: id(fn.deploymentGroup!.application) }));
    expect(resource).toContain(JSON.stringify({ Ref: id(fn.deploymentGroup) }));
    expect(managedPolicyStatements(template, id(fn.deploymentGroup!.role))).toContainEqual(expect.objectContaining({
      Action: 'lambda:InvokeFunction',
      Resource: expect.arrayContaining([{ 'Fn::GetAtt': [id(hook), 'Arn'] }]),
    }));
  });

  test('a custom canary defines its deployment configuration', () => {
    const { template } = build({ deployment: Deployment.canary({ percent: 20, interval: Duration.minutes(3) }) });
    template().hasResourceProperties('AWS::CodeDeploy::DeploymentConfig', {
      ComputePlatform: 'Lambda',
      TrafficRoutingConfig: { Type: 'TimeBasedCanary', TimeBasedCanary: { CanaryPercentage: 20, CanaryInterval: 3 } },
    });
    template().hasResourceProperties('AWS::CodeDeploy::DeploymentGroup', { DeploymentConfigName: { Ref: Match.stringLikeRegexp('^FnDeploymentConfig') } });
  });

  test('a custom linear deployment defines its deployment configuration; predefined shapes use CodeDeploy\'s own', () => {
    build({ deployment: Deployment.linear({ percent: 25, interval: Duration.minutes(2) }) }).template().hasResourceProperties('AWS::CodeDeploy::DeploymentConfig', {
      TrafficRoutingConfig: { Type: 'TimeBasedLinear', TimeBasedLinear: { LinearPercentage: 25, LinearInterval: 2 } },
    });
    build({ deployment: Deployment.linear({ percent: 10, interval: Duration.minutes(10) }) }).template().resourceCountIs('AWS::CodeDeploy::DeploymentConfig', 0);
  });

  test('deployment-only options without deployment, and routing with deployment, fail at synth all at once', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack', { env: ENV });
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, latencyAlarmThreshold: Duration.seconds(1), latencyAlarmPercentile: 100 });
    new ServerlessFunction(stack, 'Fn2', { ...REQUIRED, deployment: Deployment.ALL_AT_ONCE, weightedRouting: { version: '1', weight: 0.5 } });
    const errors = synthErrors(app);
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringContaining('[LambdaKit.ServerlessFunction.DeploymentOption] Stack/Fn: `latencyAlarmThreshold` must be set only together with `deployment`'),
      expect.stringContaining('[LambdaKit.ServerlessFunction.DeploymentOption] Stack/Fn: `latencyAlarmPercentile`'),
      expect.stringContaining('[LambdaKit.ServerlessFunction.LatencyAlarmPercentile] Stack/Fn: `latencyAlarmPercentile` must be above 0 and below 100, got: 100'),
      expect.stringContaining('[LambdaKit.ServerlessFunction.WeightedRoutingWithDeployment] Stack/Fn2: `weightedRouting`'),
    ]));
  });

  test('a canary-enabled function with default options passes AwsSolutions, Serverless, Control Tower and the validator', () => {
    expect(complianceFindings(app => {
      new ServerlessFunction(new Stack(app, 'Canary', { env: ENV }), 'Fn', { ...REQUIRED, deployment: Deployment.canary({ percent: 5, interval: Duration.minutes(10) }) });
    }, { nagPacks: ['AwsSolutions', 'Serverless'] })).toEqual([]);
  });
});

describe('version cleanup (keepVersions)', () => {
  test('a custom resource keeps the newest N, re-runs on each version, after the alias moves', () => {
    const { fn, id, template } = build({ keepVersions: 3 });
    template().hasResource('Custom::LambdaVersionCleanup', {
      Properties: {
        ServiceToken: { Ref: Match.stringLikeRegexp('^FnVersionCleanupHandlerLiveAlias') },
        FunctionName: { Ref: id(fn.function) },
        KeepVersions: 3,
        Version: { 'Fn::GetAtt': [versionIds(template())[0], 'Version'] },
      },
      DependsOn: Match.arrayWith([id(fn.alias)]),
    });
  });

  test('its handler may list and delete versions of this function only', () => {
    const { fn, id, template } = build({ keepVersions: 2 });
    const handlerPolicies = Object.values(template().findResources('AWS::IAM::ManagedPolicy'))
      .filter((p: any) => p.Properties.Description.includes('VersionCleanup'));
    expect(handlerPolicies).toHaveLength(1);
    const statements = (handlerPolicies[0] as any).Properties.PolicyDocument.Statement;
    expect(statements).toEqual(expect.arrayContaining([
      { Sid: 'ListVersionsAndAliases', Action: ['lambda:ListVersionsByFunction', 'lambda:ListAliases'], Effect: 'Allow', Resource: { 'Fn::GetAtt': [id(fn.function), 'Arn'] } },
      { Sid: 'DeleteOldVersions', Action: 'lambda:DeleteFunction', Effect: 'Allow', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [id(fn.function), 'Arn'] }, ':*']] } },
    ]));
    // The only statement on "*" is X-Ray's (acknowledged); nothing lambda:* and no lambda action on "*".
    expect(statements.filter((st: any) => st.Resource === '*').map((st: any) => st.Action)).toEqual([['xray:PutTraceSegments', 'xray:PutTelemetryRecords']]);
    expect(JSON.stringify(statements)).not.toContain('lambda:*');
  });

  test('accepts keepVersions 1, the smallest', () => {
    expect(synthErrors(build({ keepVersions: 1 }).app).join('\n')).not.toContain('KeepVersions');
  });

  test.each([[0], [1.5], [-1]])('fails at synth for keepVersions %d', (keepVersions) => {
    expect(synthErrors(build({ keepVersions }).app).join('\n')).toContain('[LambdaKit.ServerlessFunction.KeepVersions] Stack/Fn: `keepVersions`');
  });

  test('with keepVersions: zero unacknowledged findings', () => {
    expect(complianceFindings(app => {
      new ServerlessFunction(new Stack(app, 'Cleanup', { env: ENV }), 'Fn', { ...REQUIRED, keepVersions: 3 });
    }, { nagPacks: ['AwsSolutions', 'Serverless'] })).toEqual([]);
  });
});

