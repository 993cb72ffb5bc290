import { App } from 'aws-cdk-lib';
import { BLUEPRINT_ENV } from '../../examples';
import { OrdersServiceStack } from '../../examples/orders-service/orders-service-stack';
import { blueprintGate, lambdaLimitsFindings, synthesizeBlueprint, wildcardActions, wildcardResourceActions } from '../support/blueprint-testing';

describe('OrdersService blueprint', () => {
  const create = (app: App) => new OrdersServiceStack(app, 'OrdersService', { env: BLUEPRINT_ENV });
  const { stack, template, id } = synthesizeBlueprint(create);
  const resources = template.toJSON().Resources;
  const alias = () => ({ Ref: id(stack.orders.alias) });

  test('the function URL is on the live alias, with AWS_IAM auth, buffered, without CORS', () => {
    template.resourceCountIs('AWS::Lambda::Url', 1);
    const url = resources[id(stack.orders.functionUrl)];
    expect(url.Properties).toEqual({
      AuthType: 'AWS_IAM',
      InvokeMode: 'BUFFERED',
      Qualifier: 'live',
      TargetFunctionArn: { 'Fn::GetAtt': [id(stack.orders.function), 'Arn'] },
    });
    expect(url.DependsOn).toContain(id(stack.orders.alias));
  });

  test('no resource policy opens the function: no Lambda permission at all, so no principal "*"', () => {
    template.resourceCountIs('AWS::Lambda::Permission', 0);
  });

  test('the client may call the URL of the live alias, and nothing else: two statements in a customer-managed policy', () => {
    const clientPolicies = Object.values(template.findResources('AWS::IAM::ManagedPolicy'))
      .filter((policy: any) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([{ Ref: id(stack.client) }]));
    expect(clientPolicies).toHaveLength(1);
    expect((clientPolicies[0] as any).Properties.PolicyDocument.Statement).toEqual([
      { Effect: 'Allow', Action: 'lambda:InvokeFunctionUrl', Resource: alias(),
        Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'AWS_IAM' } } },
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: alias(),
        Condition: { Bool: { 'lambda:InvokedViaFunctionUrl': true } } },
    ]);
    // Trusted by this account only, and without an inline policy.
    expect(resources[id(stack.client)].Properties.AssumeRolePolicyDocument.Statement).toEqual([{
      Effect: 'Allow', Action: 'sts:AssumeRole',
      Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::${BLUEPRINT_ENV.account}:root`]] } },
    }]);
    template.resourceCountIs('AWS::IAM::Policy', 0);
  });

  test('CodeDeploy shifts the live alias by canary, 10 % for five minutes, rolling back on alarm, failure and stop', () => {
    template.resourceCountIs('AWS::CodeDeploy::DeploymentGroup', 1);
    const group = resources[id(stack.orders.deploymentGroup)].Properties;
    expect(group).toMatchObject({
      DeploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      DeploymentStyle: { DeploymentOption: 'WITH_TRAFFIC_CONTROL', DeploymentType: 'BLUE_GREEN' },
      AlarmConfiguration: { Enabled: true },
      AutoRollbackConfiguration: { Enabled: true },
    });
    expect([...group.AutoRollbackConfiguration.Events].sort())
      .toEqual(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST']);
    expect(resources[id(stack.orders.alias)].UpdatePolicy).toEqual({
      CodeDeployLambdaAliasUpdate: {
        ApplicationName: { Ref: group.ApplicationName.Ref },
        DeploymentGroupName: { Ref: id(stack.orders.deploymentGroup) },
      },
    });
  });

  test('the rollback alarms are the errors, throttles and p99 latency of the live alias, each notifying the alarm topic', () => {
    const alarms = template.findResources('AWS::CloudWatch::Alarm');
    expect(Object.keys(alarms)).toHaveLength(3);
    const wired = resources[id(stack.orders.deploymentGroup)].Properties.AlarmConfiguration.Alarms;
    expect(wired).toEqual(Object.keys(alarms).map(alarmId => ({ Name: { Ref: alarmId } })));
    const onAlias = { Name: 'Resource', Value: { 'Fn::Join': ['', [{ Ref: id(stack.orders.function) }, ':live']] } };
    const byMetric: Record<string, any> = Object.fromEntries(Object.values(alarms)
      .map((alarm: any) => [alarm.Properties.MetricName, alarm.Properties]));
    expect(Object.keys(byMetric).sort()).toEqual(['Duration', 'Errors', 'Throttles']);
    expect(byMetric.Errors).toMatchObject({ Statistic: 'Sum', Period: 60, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    expect(byMetric.Throttles).toMatchObject({ Statistic: 'Sum', Period: 60, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    expect(byMetric.Duration).toMatchObject({ ExtendedStatistic: 'p99', Threshold: 800, EvaluationPeriods: 2, ComparisonOperator: 'GreaterThanThreshold' });
    for (const alarm of Object.values(byMetric)) {
      expect(alarm.Dimensions).toContainEqual(onAlias);
      expect(alarm.AlarmActions).toEqual([{ Ref: id(stack.orders.alarmTopic) }]);
    }
  });

  test('CodeDeploy may shift this alias and read these alarms only', () => {
    const deploymentPolicy = Object.values(template.findResources('AWS::IAM::ManagedPolicy'))
      .find((policy: any) => policy.Properties.PolicyDocument.Statement.some((s: any) => s.Sid === 'ShiftLiveAliasTraffic')) as any;
    expect(deploymentPolicy.Properties.PolicyDocument.Statement).toEqual([
      expect.objectContaining({ Action: ['lambda:GetAlias', 'lambda:UpdateAlias', 'lambda:GetProvisionedConcurrencyConfig'], Resource: alias() }),
      expect.objectContaining({
        Action: 'cloudwatch:DescribeAlarms',
        Resource: stack.orders.deploymentAlarms.map(alarm => ({ 'Fn::GetAtt': [id(alarm), 'Arn'] })),
      }),
    ]);
  });

  test('the function: sized, capped by reserved concurrency, logs encrypted with a rotated key of the stack', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: 1024,
      Timeout: 10,
      ReservedConcurrentExecutions: 100,
      TracingConfig: { Mode: 'Active' },
    });
    const logKey = Object.keys(template.findResources('AWS::KMS::Key', { Properties: { Description: 'Encrypts the orders service logs' } }));
    expect(logKey).toHaveLength(1);
    expect(resources[logKey[0]].Properties.EnableKeyRotation).toBe(true);
    expect(resources[id(stack.orders.logGroup)].Properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [logKey[0], 'Arn'] });
  });

  test('no IAM statement has a wildcard resource except X-Ray\'s', () => {
    expect(wildcardResourceActions(template)).toEqual([['xray:PutTraceSegments', 'xray:PutTelemetryRecords']]);
    expect(wildcardActions(template)).toEqual([]);
  });

  test('LambdaLimits finds nothing to report', () => {
    expect(lambdaLimitsFindings(create)).toEqual({ errors: [], warnings: [] });
  });

  test('passes every cdk-nag pack, the Control Tower rules and the strict CloudFormation validator, with exactly these acknowledgements', () => {
    // The blueprint's own (the function is outside a VPC), and the library's on what it creates (X-Ray, the dead-letter queue).
    expect(blueprintGate(create)).toEqual({ findings: [], unusedAcknowledgements: [], acknowledged: [
      'AwsSolutions-IAM5[Resource::*] @ OrdersService/Orders/ExecutionPolicy', // the library
      'HIPAA.Security-LambdaInsideVPC @ OrdersService/Orders/Function',
      'NIST.800.53.R4-LambdaInsideVPC @ OrdersService/Orders/Function',
      'NIST.800.53.R5-LambdaInsideVPC @ OrdersService/Orders/Function',
      'PCI.DSS.321-LambdaInsideVPC @ OrdersService/Orders/Function',
      'Serverless-SQSRedrivePolicy @ OrdersService/Orders/DeadLetterQueue', // the library
      'cdk-validator-cfnguard::lambda_inside_vpc_check @ OrdersService/Orders/Function', // the library
      'cdk-validator-cfnguard::sqs_dlq_check @ OrdersService/Orders/DeadLetterQueue', // the library
    ] });
  });
});
