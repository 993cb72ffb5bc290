import { App } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { BLUEPRINT_ENV } from '../../examples';
import { OrderEventsWorkerStack } from '../../examples/order-events-worker/order-events-worker-stack';
import { blueprintGate, iamStatements, lambdaLimitsFindings, synthesizeBlueprint, wildcardActions, wildcardResourceActions } from '../support/blueprint-testing';

describe('OrderEventsWorker blueprint', () => {
  const create = (app: App) => new OrderEventsWorkerStack(app, 'OrderEventsWorker', { env: BLUEPRINT_ENV });
  const { app, stack, template, id } = synthesizeBlueprint(create);
  const resources = template.toJSON().Resources;
  const isolatedSubnets = () => stack.vpc.isolatedSubnets.map(subnet => ({ Ref: id(subnet) }));

  test('the queue feeds the live alias with partial batch responses and a concurrency cap', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: id(stack.worker.alias) },
      EventSourceArn: { 'Fn::GetAtt': [id(stack.queues.queue), 'Arn'] },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
    });
  });

  test('failed messages move to the dead-letter queue after 5 receives; the visibility timeout is 6 x the function timeout', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 180,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [id(stack.queues.deadLetterQueue), 'Arn'] }, maxReceiveCount: 5 },
    });
    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: 30 });
  });

  test('the worker may receive and delete messages of its queue only', () => {
    const sqsStatements = iamStatements(template).filter((s: any) => JSON.stringify(s.Action).includes('sqs:ReceiveMessage'));
    expect(sqsStatements).toEqual([expect.objectContaining({
      Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
      Resource: { 'Fn::GetAtt': [id(stack.queues.queue), 'Arn'] },
    })]);
  });

  test('the function runs in the two isolated subnets, with its own security group only', () => {
    expect(stack.vpc.isolatedSubnets).toHaveLength(2);
    expect(resources[id(stack.worker.function)].Properties.VpcConfig).toEqual({
      SubnetIds: isolatedSubnets(),
      SecurityGroupIds: [{ 'Fn::GetAtt': [id(stack.securityGroup), 'GroupId'] }],
    });
    // The library creates no security group of its own when one is given.
    expect(stack.worker.securityGroup).toBeUndefined();
    template.resourceCountIs('AWS::EC2::SecurityGroup', 1);
  });

  test('the VPC\'s only way out is a DynamoDB gateway endpoint on both subnets: no internet or NAT gateway, no route, no public subnet', () => {
    template.resourceCountIs('AWS::EC2::VPC', 1);
    template.resourceCountIs('AWS::EC2::Subnet', 2);
    for (const type of ['AWS::EC2::InternetGateway', 'AWS::EC2::NatGateway', 'AWS::EC2::EIP', 'AWS::EC2::Route']) {
      template.resourceCountIs(type, 0);
    }
    template.allResourcesProperties('AWS::EC2::Subnet', { MapPublicIpOnLaunch: false });
    expect(stack.vpc.publicSubnets).toEqual([]);
    expect(stack.vpc.privateSubnets).toEqual([]);

    template.resourceCountIs('AWS::EC2::VPCEndpoint', 1);
    expect(resources[id(stack.dynamoDbEndpoint)].Properties).toMatchObject({
      VpcEndpointType: 'Gateway',
      VpcId: { Ref: id(stack.vpc) },
      ServiceName: { 'Fn::Join': ['', ['com.amazonaws.', { Ref: 'AWS::Region' }, '.dynamodb']] },
      RouteTableIds: stack.vpc.isolatedSubnets.map(subnet => stack.resolve(subnet.routeTable.routeTableId)),
    });
  });

  test('through the endpoint, only the worker\'s role may get and put items, of its table only', () => {
    expect(resources[id(stack.dynamoDbEndpoint)].Properties.PolicyDocument.Statement).toEqual([{
      Effect: 'Allow',
      Principal: { AWS: { 'Fn::GetAtt': [id(stack.worker.role), 'Arn'] } },
      Action: ['dynamodb:GetItem', 'dynamodb:PutItem'],
      Resource: { 'Fn::GetAtt': [id(stack.appliedEvents), 'Arn'] },
    }]);
  });

  test('the security group allows no ingress, and HTTPS egress only', () => {
    const group = resources[id(stack.securityGroup)].Properties;
    expect(group.SecurityGroupIngress).toBeUndefined();
    // The destination is narrowed by the routes: the only one out of the subnets leads to the DynamoDB endpoint.
    expect(group.SecurityGroupEgress).toEqual([
      { CidrIp: '0.0.0.0/0', Description: 'HTTPS to DynamoDB through the gateway endpoint', FromPort: 443, IpProtocol: 'tcp', ToPort: 443 },
    ]);
    template.resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
    template.resourceCountIs('AWS::EC2::SecurityGroupEgress', 0);
  });

  test('applied event ids live in an on-demand table keyed by eventId, expired by time to live, with point-in-time recovery', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    expect(resources[id(stack.appliedEvents)].Properties).toEqual({
      KeySchema: [{ AttributeName: 'eventId', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'eventId', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { APPLIED_EVENTS_TABLE: { Ref: id(stack.appliedEvents) } } },
    });
  });

  test('the worker may get and put items of its table, and nothing else on DynamoDB', () => {
    const dynamoDbStatements = iamStatements(template).filter(s => [s.Action].flat().some((action: string) => action.startsWith('dynamodb:')));
    expect(dynamoDbStatements).toEqual([{
      Sid: 'ReadWriteAppliedEvents',
      Effect: 'Allow',
      Action: ['dynamodb:GetItem', 'dynamodb:PutItem'],
      Resource: { 'Fn::GetAtt': [id(stack.appliedEvents), 'Arn'] },
    }]);
  });

  test('the VPC\'s default security group is emptied at deployment', () => {
    template.hasResourceProperties('Custom::VpcRestrictDefaultSG', {
      DefaultSecurityGroupId: { 'Fn::GetAtt': [id(stack.vpc), 'DefaultSecurityGroup'] },
    });
  });

  test('the Availability Zones are chosen at deploy time: synth looks nothing up in the account', () => {
    const zones = Object.values(template.findResources('AWS::EC2::Subnet')).map((subnet: any) => subnet.Properties.AvailabilityZone);
    expect(zones).toEqual([0, 1].map(index => ({ 'Fn::Select': [index, { 'Fn::GetAZs': '' }] })));
    expect(app.synth().manifest.missing).toBeUndefined();
  });

  test('flow logs record all traffic of the VPC into a log group kept a year, encrypted with the rotated key', () => {
    template.resourceCountIs('AWS::EC2::FlowLog', 1);
    const flowLog = Object.values(template.findResources('AWS::EC2::FlowLog'))[0] as any;
    expect(flowLog.Properties).toMatchObject({
      ResourceType: 'VPC',
      ResourceId: { Ref: id(stack.vpc) },
      TrafficType: 'ALL',
      LogDestinationType: 'cloud-watch-logs',
      LogGroupName: { Ref: id(stack.flowLogs) },
    });
    expect(resources[id(stack.flowLogs)].Properties).toMatchObject({
      RetentionInDays: 365,
      KmsKeyId: { 'Fn::GetAtt': [id(stack.logKey), 'Arn'] },
    });
    expect(resources[id(stack.logKey)].Properties.EnableKeyRotation).toBe(true);
    expect(resources[id(stack.worker.logGroup)].Properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [id(stack.logKey), 'Arn'] });
  });

  test('the flow-log role is trusted by this account\'s flow logs only and may write to their log group only, without an inline policy', () => {
    const roleId = flowLogRoleId();
    expect(resources[roleId].Properties.AssumeRolePolicyDocument.Statement).toEqual([{
      Effect: 'Allow',
      Action: 'sts:AssumeRole',
      Principal: { Service: 'vpc-flow-logs.amazonaws.com' },
      Condition: { StringEquals: { 'aws:SourceAccount': BLUEPRINT_ENV.account } },
    }]);
    const policies = Object.values(template.findResources('AWS::IAM::ManagedPolicy'))
      .filter((policy: any) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([{ Ref: roleId }]));
    expect(policies.map((policy: any) => policy.Properties.PolicyDocument.Statement)).toEqual([[{
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
      Resource: { 'Fn::GetAtt': [id(stack.flowLogs), 'Arn'] },
    }]]);
    template.resourceCountIs('AWS::IAM::Policy', 0);
  });

  test('the worker may create network interfaces in its subnets and security group only', () => {
    const createInterfaces = iamStatements(template).find(s => s.Sid === 'CreateNetworkInterfaces');
    const arn = (resource: string, name: unknown) => ({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:ec2:${BLUEPRINT_ENV.region}:${BLUEPRINT_ENV.account}:${resource}/`, name]],
    });
    expect(createInterfaces.Resource).toEqual([
      ...isolatedSubnets().map(subnet => arn('subnet', subnet)),
      arn('security-group', { 'Fn::GetAtt': [id(stack.securityGroup), 'GroupId'] }),
      { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:ec2:${BLUEPRINT_ENV.region}:${BLUEPRINT_ENV.account}:network-interface/*`]] },
    ]);
  });

  test('reserved concurrency covers the mapping\'s maximum concurrency', () => {
    const [mapping] = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')) as any[];
    const reserved = resources[id(stack.worker.function)].Properties.ReservedConcurrentExecutions;
    expect(reserved).toBeGreaterThanOrEqual(mapping.Properties.ScalingConfig.MaximumConcurrency);
  });

  test('no IAM statement has a wildcard resource except X-Ray\'s and the two EC2 describe actions a VPC function needs', () => {
    // Neither X-Ray's two actions nor ec2:DescribeNetworkInterfaces / ec2:DescribeSubnets support resource-level permissions.
    expect(wildcardResourceActions(template)).toEqual([['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets']]);
    expect(wildcardActions(template)).toEqual([]);
  });

  test('LambdaLimits finds nothing to report', () => {
    expect(lambdaLimitsFindings(create)).toEqual({ errors: [], warnings: [] });
  });

  test('passes every cdk-nag pack, the Control Tower rules and the strict CloudFormation validator, with exactly these acknowledgements', () => {
    // The blueprint's own (aws-cdk-lib's provider outside the VPC, no backup of expiring ids), and the library's on what it creates.
    const provider = 'OrderEventsWorker/Custom::VpcRestrictDefaultSGCustomResourceProvider/Handler';
    // Same construct paths as the gate's stack: same stack id.
    const mappingPath = stack.node.findAll().find(construct => construct instanceof lambda.CfnEventSourceMapping)!.node.path;
    expect(blueprintGate(create)).toEqual({
      findings: [],
      // aws-cdk-lib acknowledges two CloudFormation validator rules on every flow log, for DestinationOptions this one does not set.
      unusedAcknowledgements: [
        'CloudFormation-Validate::F3002 @ OrderEventsWorker/Network/FlowLog',
        'CloudFormation-Validate::F3003 @ OrderEventsWorker/Network/FlowLog',
      ],
      acknowledged: [
        'AwsSolutions-IAM5[Resource::*] @ OrderEventsWorker/Worker/ExecutionPolicy', // the library: X-Ray
        'AwsSolutions-IAM5[Resource::*] @ OrderEventsWorker/Worker/NetworkDescribePolicy', // the library: EC2 describe actions
        `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ec2:${BLUEPRINT_ENV.region}:${BLUEPRINT_ENV.account}:network-interface/*] `
        + '@ OrderEventsWorker/Worker/ExecutionPolicy', // the library: Lambda's network interfaces
        'HIPAA.Security-DynamoDBInBackupPlan @ OrderEventsWorker/AppliedEvents',
        'NIST.800.53.R4-DynamoDBInBackupPlan @ OrderEventsWorker/AppliedEvents',
        'NIST.800.53.R5-DynamoDBInBackupPlan @ OrderEventsWorker/AppliedEvents',
        `Serverless-LambdaEventSourceMappingDestination @ ${mappingPath}`, // the library
        'Serverless-SQSRedrivePolicy @ OrderEventsWorker/OrderEvents/DeadLetterQueue', // the library
        'Serverless-SQSRedrivePolicy @ OrderEventsWorker/Worker/DeadLetterQueue', // the library
        `cdk-validator-cfnguard::lambda_inside_vpc_check @ ${provider}`,
        'cdk-validator-cfnguard::sqs_dlq_check @ OrderEventsWorker/Worker/DeadLetterQueue', // the library
      ],
    });
  });

  function flowLogRoleId(): string {
    const flowLog = Object.values(template.findResources('AWS::EC2::FlowLog'))[0] as any;
    return flowLog.Properties.DeliverLogsPermissionArn['Fn::GetAtt'][0];
  }
});
