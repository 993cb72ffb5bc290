import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { BLUEPRINT_ENV } from '../../examples';
import { RegulatedPaymentsStack } from '../../examples/regulated-payments/regulated-payments-stack';
import { blueprintGate, lambdaLimitsFindings, synthesizeBlueprint, wildcardActions, wildcardResourceActions } from '../support/blueprint-testing';

describe('RegulatedPayments blueprint', () => {
  const create = (app: App) => new RegulatedPaymentsStack(app, 'RegulatedPayments', { env: BLUEPRINT_ENV });
  const { stack, template, id } = synthesizeBlueprint(create);
  const keyArn = { 'Fn::GetAtt': [id(stack.key), 'Arn'] };

  test('passes all six cdk-nag packs, Control Tower and the strict CloudFormation validator, acknowledging only what the library documents plus two aws-cdk-lib resources', () => {
    expect(blueprintGate(create)).toEqual({
      findings: [],
      // aws-cdk-lib acknowledges two CloudFormation validator rules on every flow log, for DestinationOptions this one does not set.
      unusedAcknowledgements: [
        'CloudFormation-Validate::F3002 @ RegulatedPayments/Vpc/FlowLog',
        'CloudFormation-Validate::F3003 @ RegulatedPayments/Vpc/FlowLog',
      ],
      acknowledged: [
      // The blueprint's own: aws-cdk-lib's default-security-group provider, and AWS Backup's service-role policy.
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup] @ RegulatedPayments/LedgerBackup/Ledger/Role',
        // The library's documented ones (README, "Acknowledged compliance findings").
        'AwsSolutions-IAM5[Resource::*] @ RegulatedPayments/Worker/ExecutionPolicy',
        'AwsSolutions-IAM5[Resource::*] @ RegulatedPayments/Worker/NetworkDescribePolicy',
        'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ec2:eu-west-1:111111111111:network-interface/*] @ RegulatedPayments/Worker/ExecutionPolicy',
        expect.stringMatching(/^Serverless-LambdaEventSourceMappingDestination @ RegulatedPayments\/Worker\/Sqs\w+\/Resource$/),
        'Serverless-SQSRedrivePolicy @ RegulatedPayments/Instructions/DeadLetterQueue',
        'Serverless-SQSRedrivePolicy @ RegulatedPayments/Worker/DeadLetterQueue',
        'cdk-validator-cfnguard::lambda_inside_vpc_check @ RegulatedPayments/Custom::VpcRestrictDefaultSGCustomResourceProvider/Handler',
        'cdk-validator-cfnguard::sqs_dlq_check @ RegulatedPayments/Worker/DeadLetterQueue',
      ],
    });
  });

  test("one workload: one worker (beside aws-cdk-lib's default-SG provider), one table, three queues, the workload key and the alarm topic's key", () => {
    template.resourceCountIs('AWS::Lambda::Function', 2);
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    // Instructions, their dead-letter queue, and the worker's dead-letter queue for failed asynchronous invocations.
    template.resourceCountIs('AWS::SQS::Queue', 3);
    template.resourceCountIs('AWS::KMS::Key', 2);
    template.allResourcesProperties('AWS::SQS::Queue', { KmsMasterKeyId: keyArn });
  });

  test('the worker runs under the strict profile: isolated subnets, reserved concurrency, the key on environment, logs and dead letters, no URL', () => {
    const isolatedSubnets = stack.vpc.isolatedSubnets.map(subnet => ({ Ref: id(subnet) }));
    expect(isolatedSubnets).toHaveLength(2);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Runtime: 'nodejs24.x',
      Timeout: 30,
      ReservedConcurrentExecutions: 10,
      KmsKeyArn: keyArn,
      Environment: { Variables: { LEDGER_TABLE: { Ref: id(stack.ledger) }, NODE_OPTIONS: '--enable-source-maps' } },
      VpcConfig: { SubnetIds: isolatedSubnets, SecurityGroupIds: [{ 'Fn::GetAtt': [id(stack.worker.securityGroup), 'GroupId'] }] },
      DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [id(stack.worker.deadLetterQueue), 'Arn'] } },
      TracingConfig: { Mode: 'Active' },
    });
    const resources = template.toJSON().Resources;
    expect(resources[id(stack.worker.logGroup)].Properties).toEqual(expect.objectContaining({ KmsKeyId: keyArn, RetentionInDays: 365 }));
    expect(resources[id(stack.worker.deadLetterQueue)].Properties).toEqual(expect.objectContaining({ KmsMasterKeyId: keyArn }));
    template.resourceCountIs('AWS::Lambda::Url', 0);
  });

  test('the network has no route to the internet, flow logs on, and a DynamoDB endpoint limited to the worker writing the ledger', () => {
    template.resourceCountIs('AWS::EC2::InternetGateway', 0);
    template.resourceCountIs('AWS::EC2::NatGateway', 0);
    template.allResourcesProperties('AWS::EC2::Subnet', { MapPublicIpOnLaunch: false, AvailabilityZone: { 'Fn::Select': [Match.anyValue(), { 'Fn::GetAZs': '' }] } });
    template.hasResourceProperties('AWS::EC2::FlowLog', { ResourceId: { Ref: id(stack.vpc) }, TrafficType: 'ALL', LogDestinationType: 'cloud-watch-logs' });
    template.resourceCountIs('Custom::VpcRestrictDefaultSG', 1);
    template.resourceCountIs('AWS::EC2::VPCEndpoint', 1);
    template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      VpcEndpointType: 'Gateway',
      PolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: { 'Fn::GetAtt': [id(stack.worker.role), 'Arn'] } }, Action: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
        Resource: { 'Fn::GetAtt': [id(stack.ledger), 'Arn'] } }] },
    });
  });

  test('instructions arrive on an encrypted FIFO queue, six times the timeout invisible, dead-lettered after 5 receives', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      FifoQueue: true,
      KmsMasterKeyId: keyArn,
      VisibilityTimeout: 180,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [id(stack.instructions.deadLetterQueue), 'Arn'] }, maxReceiveCount: 5 },
    });
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: id(stack.worker.alias) },
      EventSourceArn: { 'Fn::GetAtt': [id(stack.instructions.queue), 'Arn'] },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
    });
  });

  test('the ledger is encrypted with the key, recoverable to any second, protected from deletion and backed up daily for a year', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: keyArn },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      },
    });
    template.hasResourceProperties('AWS::Backup::BackupVault', { EncryptionKeyArn: keyArn });
    template.hasResourceProperties('AWS::Backup::BackupSelection', {
      BackupSelection: { Resources: [{ 'Fn::GetAtt': [id(stack.ledger), 'Arn'] }] },
    });
    const lifecycles = Object.values(template.findResources('AWS::Backup::BackupPlan'))
      .flatMap((plan: any) => plan.Properties.BackupPlan.BackupPlanRule.map((rule: any) => rule.Lifecycle.DeleteAfterDays));
    expect(Math.max(...lifecycles)).toBe(365);
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  test('new versions go out as a 10 % canary for 5 minutes, rolled back by alarms', () => {
    template.hasResourceProperties('AWS::CodeDeploy::DeploymentGroup', {
      DeploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      AutoRollbackConfiguration: { Enabled: true, Events: Match.arrayWith(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM']) },
      AlarmConfiguration: { Enabled: true, Alarms: stack.worker.deploymentAlarms.map(alarm => ({ Name: { Ref: id(alarm) } })) },
    });
  });

  test('the worker may write the ledger table only, and use the key through DynamoDB only', () => {
    const statements = workerStatements();
    expect(statements.filter(s => JSON.stringify(s.Action).includes('dynamodb:'))).toEqual([{
      Sid: 'WriteLedger', Effect: 'Allow', Action: ['dynamodb:PutItem', 'dynamodb:UpdateItem'], Resource: { 'Fn::GetAtt': [id(stack.ledger), 'Arn'] },
    }]);
    expect(statements.filter(s => s.Sid === 'UseLedgerKeyThroughDynamoDb')).toEqual([{
      Sid: 'UseLedgerKeyThroughDynamoDb',
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
      Resource: keyArn,
      Condition: { StringEquals: { 'kms:ViaService': 'dynamodb.eu-west-1.amazonaws.com' } },
    }]);
  });

  test('no IAM statement in the stack allows every resource, but the X-Ray and network-describe statements that AWS allows only on *', () => {
    expect(wildcardResourceActions(template)).toEqual([['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets']]);
    expect(wildcardActions(template)).toEqual([]);
  });

  test('synthesizes under LambdaLimits applied to the whole app, with no error and no warning', () => {
    expect(lambdaLimitsFindings(create)).toEqual({ errors: [], warnings: [] });
  });

  function workerStatements(): any[] {
    const policy = template.findResources('AWS::IAM::ManagedPolicy')[id(stack.worker.executionPolicy)];
    return policy.Properties.PolicyDocument.Statement;
  }
});
