import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { BLUEPRINT_ENV } from '../../examples';
import { NightlyReportStack } from '../../examples/nightly-report/nightly-report-stack';
import { blueprintGate, iamStatements, lambdaLimitsFindings, synthesizeBlueprint, wildcardActions, wildcardResourceActions } from '../support/blueprint-testing';

describe('NightlyReport blueprint', () => {
  const create = (app: App) => new NightlyReportStack(app, 'NightlyReport', { env: BLUEPRINT_ENV });
  const { stack, template, id } = synthesizeBlueprint(create);
  const statements = () => iamStatements(template);

  test('a cron rule at 02:15 UTC invokes the live alias, with bounded EventBridge retries and a dead-letter queue', () => {
    template.resourceCountIs('AWS::Events::Rule', 1);
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(15 2 * * ? *)',
      State: 'ENABLED',
      Targets: [Match.objectLike({
        Arn: { Ref: id(stack.reporter.alias) },
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('DeadLetterQueue'), 'Arn'] } },
      })],
    });
    const rule = Object.keys(template.findResources('AWS::Events::Rule'))[0];
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { Ref: id(stack.reporter.alias) },
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [rule, 'Arn'] },
      SourceAccount: BLUEPRINT_ENV.account,
    });
  });

  test('asynchronous runs: 2 retries within 2 hours, results to the bus, failed events to the encrypted failure queue', () => {
    template.resourceCountIs('AWS::Lambda::EventInvokeConfig', 1);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: id(stack.reporter.function) },
      Qualifier: 'live',
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 7200,
      DestinationConfig: { OnSuccess: { Destination: { 'Fn::GetAtt': [id(stack.reportsBus), 'Arn'] } } },
    });
    // A standard queue is the function's dead-letter queue: failed events are delivered once, there.
    template.hasResourceProperties('AWS::Lambda::Function', {
      DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [id(stack.failedRuns), 'Arn'] } },
      ReservedConcurrentExecutions: 1,
      Timeout: 300,
      Environment: { Variables: Match.objectLike({ SALES_TABLE_NAME: { Ref: id(stack.sales) }, REPORTS_TABLE_NAME: { Ref: id(stack.reports) } }) },
    });
    template.hasResourceProperties('AWS::SQS::Queue', {
      KmsMasterKeyId: { 'Fn::GetAtt': [id(stack.key), 'Arn'] },
      MessageRetentionPeriod: 1_209_600,
      RedriveAllowPolicy: { redrivePermission: 'denyAll' },
    });
  });

  test('both tables: customer-managed key, point-in-time recovery, deletion protection, in the backup plan', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 2);
    for (const table of [stack.sales, stack.reports]) {
      expect(template.toJSON().Resources[id(table)].Properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [id(stack.key), 'Arn'] } },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      });
    }
    template.hasResourceProperties('AWS::Backup::BackupSelection', {
      BackupSelection: Match.objectLike({ Resources: [{ 'Fn::GetAtt': [id(stack.sales), 'Arn'] }, { 'Fn::GetAtt': [id(stack.reports), 'Arn'] }] }),
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: { 'Fn::GetAtt': [id(stack.key), 'Arn'] } });
  });

  test('the role may query sales, get and put reports, publish to the bus and send to the failure queue: each on its own resource', () => {
    const data = statements().filter(s => /^(dynamodb|events|sqs):/.test([s.Action].flat()[0]));
    expect(data).toEqual(expect.arrayContaining([
      expect.objectContaining({ Action: 'dynamodb:Query', Resource: { 'Fn::GetAtt': [id(stack.sales), 'Arn'] } }),
      expect.objectContaining({ Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: { 'Fn::GetAtt': [id(stack.reports), 'Arn'] } }),
      expect.objectContaining({ Action: 'events:PutEvents', Resource: { 'Fn::GetAtt': [id(stack.reportsBus), 'Arn'] } }),
      expect.objectContaining({ Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [id(stack.failedRuns), 'Arn'] } }),
    ]));
    expect(data).toHaveLength(4);
    const kms = statements().filter(s => [s.Action].flat().some((action: string) => action.startsWith('kms:')));
    expect(kms.map(s => s.Resource)).toEqual(kms.map(() => ({ 'Fn::GetAtt': [id(stack.key), 'Arn'] })));
    // The key serves the tables, the queue and the logs: each use is bound to its service.
    expect(kms.map(s => s.Condition?.StringEquals?.['kms:ViaService']).sort())
      .toEqual(['dynamodb.eu-west-1.amazonaws.com', 'sqs.eu-west-1.amazonaws.com']);
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
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup] @ NightlyReport/Backup/Tables/Role',
      'AwsSolutions-IAM5[Resource::*] @ NightlyReport/Reporter/ExecutionPolicy', // the library
      'AwsSolutions-SQS3 @ NightlyReport/Reporter/Schedule cron(15 2 * * ? *)/DeadLetterQueue', // the library
      'HIPAA.Security-LambdaInsideVPC @ NightlyReport/Reporter/Function',
      'NIST.800.53.R4-LambdaInsideVPC @ NightlyReport/Reporter/Function',
      'NIST.800.53.R5-LambdaInsideVPC @ NightlyReport/Reporter/Function',
      'PCI.DSS.321-LambdaInsideVPC @ NightlyReport/Reporter/Function',
      'Serverless-LambdaAsyncFailureDestination @ NightlyReport/Reporter/AsyncInvokeConfig', // the library
      'Serverless-SQSRedrivePolicy @ NightlyReport/FailedRuns',
      'Serverless-SQSRedrivePolicy @ NightlyReport/Reporter/Schedule cron(15 2 * * ? *)/DeadLetterQueue', // the library
      'cdk-validator-cfnguard::lambda_inside_vpc_check @ NightlyReport/Reporter/Function', // the library
      'cdk-validator-cfnguard::sqs_dlq_check @ NightlyReport/FailedRuns',
      'cdk-validator-cfnguard::sqs_dlq_check @ NightlyReport/Reporter/Schedule cron(15 2 * * ? *)/DeadLetterQueue', // the library
    ] });
  });
});
