import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { BLUEPRINT_ENV } from '../../examples';
import { OrderAuditTrailStack } from '../../examples/order-audit-trail/order-audit-trail-stack';
import { blueprintGate, iamStatements, lambdaLimitsFindings, synthesizeBlueprint, wildcardActions, wildcardResourceActions } from '../support/blueprint-testing';

describe('OrderAuditTrail blueprint', () => {
  const create = (app: App) => new OrderAuditTrailStack(app, 'OrderAuditTrail', { env: BLUEPRINT_ENV });
  const { stack, template, id } = synthesizeBlueprint(create);
  const statements = () => iamStatements(template);

  test('both tables: customer-managed key, point-in-time recovery, deletion protection, on demand; only the orders table has a stream', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 2);
    const encrypted = {
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [id(stack.key), 'Arn'] } },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
    };
    expect(template.toJSON().Resources[id(stack.orders)].Properties).toMatchObject({ ...encrypted, StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' } });
    expect(template.toJSON().Resources[id(stack.auditTrail)].Properties).toMatchObject(encrypted);
    expect(template.toJSON().Resources[id(stack.auditTrail)].Properties.StreamSpecification).toBeUndefined();
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  test('both tables are in the backup plan', () => {
    template.resourceCountIs('AWS::Backup::BackupSelection', 1);
    template.hasResourceProperties('AWS::Backup::BackupSelection', {
      BackupSelection: Match.objectLike({
        Resources: [{ 'Fn::GetAtt': [id(stack.orders), 'Arn'] }, { 'Fn::GetAtt': [id(stack.auditTrail), 'Arn'] }],
      }),
    });
  });

  test('the stream feeds the live alias: order items only, bisect, 5 retries, 6 hours, partial responses, on-failure queue', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: id(stack.auditor.alias) },
      EventSourceArn: { 'Fn::GetAtt': [id(stack.orders), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      FilterCriteria: { Filters: [{ Pattern: '{"dynamodb":{"Keys":{"pk":{"S":[{"prefix":"ORDER#"}]}}}}' }] },
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 21_600,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('OnFailureQueue'), 'Arn'] } } },
    });
  });

  test('the function knows the audit table, has reserved concurrency and logs encrypted with the key', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ AUDIT_TABLE_NAME: { Ref: id(stack.auditTrail) } }) },
      ReservedConcurrentExecutions: 10,
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: { 'Fn::GetAtt': [id(stack.key), 'Arn'] } });
  });

  test('the role may read the stream, decrypt with the key and put audit items: each on its own resource, nothing more on DynamoDB or KMS', () => {
    const dataStatements = statements().filter(s => /^(dynamodb|kms):/.test([s.Action].flat()[0]));
    expect(dataStatements).toEqual([
      { Effect: 'Allow', Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'],
        Resource: { 'Fn::GetAtt': [id(stack.orders), 'StreamArn'] } },
      { Effect: 'Allow', Action: 'kms:Decrypt', Resource: { 'Fn::GetAtt': [id(stack.key), 'Arn'] },
        Condition: { StringEquals: { 'kms:ViaService': 'dynamodb.eu-west-1.amazonaws.com' } } },
      { Effect: 'Allow', Sid: 'AppendAuditRecords', Action: 'dynamodb:PutItem', Resource: { 'Fn::GetAtt': [id(stack.auditTrail), 'Arn'] } },
    ]);
  });

  test('no IAM statement has a wildcard resource except X-Ray\'s', () => {
    expect(wildcardResourceActions(template)).toEqual([['xray:PutTraceSegments', 'xray:PutTelemetryRecords']]);
    expect(wildcardActions(template)).toEqual([]);
  });

  test('LambdaLimits finds nothing to report', () => {
    expect(lambdaLimitsFindings(create)).toEqual({ errors: [], warnings: [] });
  });

  test('passes every cdk-nag pack, the Control Tower rules and the strict CloudFormation validator, with exactly these acknowledgements', () => {
    // The blueprint's own, and the library's on what it creates (its X-Ray statement, its queues, its async config).
    expect(blueprintGate(create)).toEqual({ findings: [], unusedAcknowledgements: [], acknowledged: [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup] @ OrderAuditTrail/Backup/Tables/Role',
      'AwsSolutions-IAM5[Resource::*] @ OrderAuditTrail/Auditor/ExecutionPolicy', // the library
      'AwsSolutions-SQS3 @ OrderAuditTrail/Auditor/DynamoStreamOrderAuditTrailOrders89432A3C/OnFailureQueue', // the library
      'HIPAA.Security-LambdaInsideVPC @ OrderAuditTrail/Auditor/Function',
      'NIST.800.53.R4-LambdaInsideVPC @ OrderAuditTrail/Auditor/Function',
      'NIST.800.53.R5-LambdaInsideVPC @ OrderAuditTrail/Auditor/Function',
      'PCI.DSS.321-LambdaInsideVPC @ OrderAuditTrail/Auditor/Function',
      'Serverless-SQSRedrivePolicy @ OrderAuditTrail/Auditor/DeadLetterQueue', // the library
      'Serverless-SQSRedrivePolicy @ OrderAuditTrail/Auditor/DynamoStreamOrderAuditTrailOrders89432A3C/OnFailureQueue', // the library
      'cdk-validator-cfnguard::lambda_inside_vpc_check @ OrderAuditTrail/Auditor/Function', // the library
      'cdk-validator-cfnguard::sqs_dlq_check @ OrderAuditTrail/Auditor/DeadLetterQueue', // the library
      'cdk-validator-cfnguard::sqs_dlq_check @ OrderAuditTrail/Auditor/DynamoStreamOrderAuditTrailOrders89432A3C/OnFailureQueue', // the library
    ] });
  });
});
