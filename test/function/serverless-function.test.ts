import { App, Duration, Size, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AsyncDestination, ServerlessFunction, ServerlessFunctionProps } from '../../lib';
import * as defaults from '../../lib/function/defaults';

const REQUIRED: ServerlessFunctionProps = {
  runtime: lambda.Runtime.NODEJS_24_X,
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  handler: 'index.handler',
};

let app: App;
let stack: Stack;
beforeEach(() => {
  app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' } });
  stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
});

function template(): Template {
  return Template.fromStack(stack);
}

function policyStatements(): any[] {
  const policies = template().findResources('AWS::IAM::ManagedPolicy');
  return Object.values(policies).flatMap((p: any) => p.Properties.PolicyDocument.Statement);
}

function logicalId(construct: { node: { defaultChild?: unknown } } | any): string {
  return stack.getLogicalId((construct.node.defaultChild ?? construct) as any);
}

describe('ServerlessFunction defaults', () => {
  test('with only required props the function gets every documented default', () => {
    // WHEN
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);

    // THEN
    template().hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Handler: 'index.handler',
      MemorySize: defaults.DEFAULT_MEMORY_SIZE_MB,
      Timeout: defaults.DEFAULT_TIMEOUT.toSeconds(),
      Architectures: ['arm64'],
      EphemeralStorage: { Size: 512 },
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: logicalId(fn.logGroup) } },
      DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [logicalId(fn.deadLetterQueue), 'Arn'] } },
      Environment: Match.absent(),
      KmsKeyArn: Match.absent(),
      Layers: Match.absent(),
      Description: Match.absent(),
      FunctionName: Match.absent(),
      ReservedConcurrentExecutions: Match.absent(),
    });
    expect(defaults.DEFAULT_MEMORY_SIZE_MB).toBe(512);
    expect(defaults.DEFAULT_TIMEOUT.toSeconds()).toBe(10);
  });

  test('the log group is pre-created, kept a year, retained on delete and not KMS-encrypted by default', () => {
    new ServerlessFunction(stack, 'Fn', REQUIRED);
    template().resourceCountIs('AWS::Logs::LogGroup', 1);
    template().hasResource('AWS::Logs::LogGroup', {
      Properties: { RetentionInDays: 365, KmsKeyId: Match.absent() },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  test('failed asynchronous invocations go to an encrypted, SSL-only dead-letter queue with a redrive-allow policy', () => {
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    template().resourceCountIs('AWS::SQS::Queue', 1);
    template().hasResource('AWS::SQS::Queue', {
      Properties: {
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 1_209_600,
        RedriveAllowPolicy: { redrivePermission: 'denyAll' },
      },
      DeletionPolicy: 'Retain',
    });
    template().hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: [{
          Action: 'sqs:*',
          Effect: 'Deny',
          Principal: { AWS: '*' },
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          Resource: { 'Fn::GetAtt': [logicalId(fn.deadLetterQueue), 'Arn'] },
        }],
      },
    });
  });

  test('the execution role is trusted by lambda.amazonaws.com only and has no managed or inline policy of AWS', () => {
    new ServerlessFunction(stack, 'Fn', REQUIRED);
    template().resourceCountIs('AWS::IAM::Role', 1);
    template().hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
      },
      ManagedPolicyArns: Match.absent(),
      Policies: Match.absent(),
    });
    template().resourceCountIs('AWS::IAM::Policy', 0);
    template().resourceCountIs('AWS::IAM::ManagedPolicy', 1);
  });

  test('the customer-managed policy holds exactly the dead-letter, X-Ray and own-log statements', () => {
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    expect(policyStatements()).toEqual([
      { Action: 'sqs:SendMessage', Effect: 'Allow', Resource: { 'Fn::GetAtt': [logicalId(fn.deadLetterQueue), 'Arn'] } },
      { Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Effect: 'Allow', Resource: '*' },
      {
        Sid: 'WriteOwnLogs',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [logicalId(fn.logGroup), 'Arn'] },
      },
    ]);
    template().hasResourceProperties('AWS::IAM::ManagedPolicy', { Roles: [{ Ref: logicalId(fn.role) }] });
  });

  test('the function is created after its policy, so its first invocation has its permissions', () => {
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    template().hasResource('AWS::Lambda::Function', {
      DependsOn: Match.arrayWith([logicalId(fn.executionPolicy)]),
    });
  });

  test('logical ids of the stateful and identity resources are stable', () => {
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    expect({
      function: logicalId(fn.function),
      logGroup: logicalId(fn.logGroup),
      deadLetterQueue: logicalId(fn.deadLetterQueue),
      role: logicalId(fn.role),
      policy: logicalId(fn.executionPolicy),
    }).toEqual({
      function: 'FnFunction06372625',
      logGroup: 'FnLogGroup27CC2AC8',
      deadLetterQueue: 'FnDeadLetterQueue48721F4D',
      role: 'FnServiceRoleB9001A96',
      policy: 'FnExecutionPolicy0FA1FAF4',
    });
  });
});

describe('ServerlessFunction props', () => {
  test('memorySize, timeout, architecture, ephemeral storage, description, name and reserved concurrency are passed through', () => {
    new ServerlessFunction(stack, 'Fn', {
      ...REQUIRED,
      memorySize: 1024,
      timeout: Duration.seconds(20),
      architecture: lambda.Architecture.X86_64,
      ephemeralStorageSize: Size.gibibytes(2),
      description: 'Orders API',
      functionName: 'orders-api',
      reservedConcurrentExecutions: 25,
    });
    template().hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: 1024,
      Timeout: 20,
      Architectures: ['x86_64'],
      EphemeralStorage: { Size: 2048 },
      Description: 'Orders API',
      FunctionName: 'orders-api',
      ReservedConcurrentExecutions: 25,
    });
  });

  test('environment variables are set, and a customer key encrypts them with kms:Decrypt granted on that key only', () => {
    const key = new kms.Key(stack, 'EnvKey', { enableKeyRotation: true });
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, environment: { TABLE: 'orders' }, environmentEncryption: key });
    template().hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { TABLE: 'orders' } },
      KmsKeyArn: { 'Fn::GetAtt': [logicalId(key), 'Arn'] },
    });
    expect(policyStatements()).toContainEqual({
      Sid: 'DecryptEnvironment', Action: 'kms:Decrypt', Effect: 'Allow', Resource: { 'Fn::GetAtt': [logicalId(key), 'Arn'] },
    });
    expect(policyStatements().filter(s => JSON.stringify(s.Action).includes('kms:'))).toHaveLength(1);
  });

  test('without a customer key no KMS statement is added', () => {
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, environment: { TABLE: 'orders' } });
    expect(policyStatements().filter(s => JSON.stringify(s.Action).includes('kms:'))).toEqual([]);
  });

  test('layers are attached', () => {
    const layer = lambda.LayerVersion.fromLayerVersionArn(stack, 'Layer', 'arn:aws:lambda:eu-west-1:123456789012:layer:utils:3');
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, layers: [layer] });
    template().hasResourceProperties('AWS::Lambda::Function', { Layers: ['arn:aws:lambda:eu-west-1:123456789012:layer:utils:3'] });
  });

  test('tracing can be turned off, and then no X-Ray statement exists', () => {
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, tracing: lambda.Tracing.DISABLED });
    template().hasResourceProperties('AWS::Lambda::Function', { TracingConfig: Match.absent() });
    expect(policyStatements().filter(s => JSON.stringify(s.Action).includes('xray:'))).toEqual([]);
    expect(policyStatements().filter(s => s.Resource === '*')).toEqual([]);
  });

  test('log retention, log key, text format and log levels are configurable', () => {
    const key = new kms.Key(stack, 'LogKey', { enableKeyRotation: true });
    new ServerlessFunction(stack, 'Fn', {
      ...REQUIRED,
      logRetention: logs.RetentionDays.TWO_YEARS,
      logEncryptionKey: key,
      applicationLogLevel: lambda.ApplicationLogLevel.WARN,
      systemLogLevel: lambda.SystemLogLevel.DEBUG,
    });
    template().hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 731, KmsKeyId: { 'Fn::GetAtt': [logicalId(key), 'Arn'] } });
    template().hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogFormat: 'JSON', ApplicationLogLevel: 'WARN', SystemLogLevel: 'DEBUG' },
    });
    // CloudWatch Logs may use the key for this account's log groups in this Region, and nothing else.
    template().hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([{
          Sid: 'AllowCloudWatchLogsOfThisAccount',
          Effect: 'Allow',
          Principal: { Service: 'logs.eu-west-1.amazonaws.com' },
          Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
          Resource: '*',
          Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': stack.resolve(`arn:${stack.partition}:logs:eu-west-1:123456789012:log-group:*`) } },
        }]),
      },
    });
  });

  test('text log format', () => {
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, loggingFormat: lambda.LoggingFormat.TEXT });
    template().hasResourceProperties('AWS::Lambda::Function', { LoggingConfig: Match.objectLike({ LogFormat: 'Text' }) });
  });

  test('a user-supplied role gets the customer-managed policy and no role is created', () => {
    const role = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, role });
    template().resourceCountIs('AWS::IAM::Role', 1);
    template().hasResourceProperties('AWS::Lambda::Function', { Role: { 'Fn::GetAtt': [logicalId(role), 'Arn'] } });
    template().hasResourceProperties('AWS::IAM::ManagedPolicy', { Roles: [{ Ref: logicalId(role) }] });
    template().resourceCountIs('AWS::IAM::Policy', 0);
    expect(fn.role.roleArn).toBe(role.roleArn);
  });

  test('grants to the function land in its customer-managed policy, never in an inline policy', () => {
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    const queue = new sqs.Queue(stack, 'Work', { enforceSSL: true });
    queue.grantSendMessages(fn.function);
    fn.function.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::bucket/key'] }));
    template().resourceCountIs('AWS::IAM::Policy', 0);
    expect(policyStatements()).toEqual(expect.arrayContaining([
      { Action: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'], Effect: 'Allow', Resource: { 'Fn::GetAtt': [logicalId(queue), 'Arn'] } },
      { Action: 's3:GetObject', Effect: 'Allow', Resource: 'arn:aws:s3:::bucket/key' },
    ]));
  });

  test('a given dead-letter queue is used and no queue is created', () => {
    const queue = new sqs.Queue(stack, 'MyDlq', { enforceSSL: true });
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, onFailure: AsyncDestination.fromQueue(queue) });
    template().resourceCountIs('AWS::SQS::Queue', 1);
    expect(fn.deadLetterQueue).toBeUndefined();
    template().hasResourceProperties('AWS::Lambda::Function', { DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [logicalId(queue), 'Arn'] } } });
    expect(policyStatements()).toContainEqual({ Action: 'sqs:SendMessage', Effect: 'Allow', Resource: { 'Fn::GetAtt': [logicalId(queue), 'Arn'] } });
  });

  test('a given dead-letter topic gets sns:Publish on that topic only', () => {
    const topic = new sns.Topic(stack, 'Failures', { enforceSSL: true });
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, onFailure: AsyncDestination.fromTopic(topic) });
    template().resourceCountIs('AWS::SQS::Queue', 0);
    template().hasResourceProperties('AWS::Lambda::Function', { DeadLetterConfig: { TargetArn: { Ref: logicalId(topic) } } });
    expect(policyStatements()).toContainEqual({ Action: 'sns:Publish', Effect: 'Allow', Resource: { Ref: logicalId(topic) } });
  });

  test('a customer key encrypts the created dead-letter queue, with the key use granted to the role', () => {
    const key = new kms.Key(stack, 'QueueKey', { enableKeyRotation: true });
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, deadLetterQueueEncryptionKey: key });
    template().hasResourceProperties('AWS::SQS::Queue', { KmsMasterKeyId: { 'Fn::GetAtt': [logicalId(key), 'Arn'] } });
    expect(policyStatements()).toContainEqual({
      Sid: 'EncryptDeadLetters',
      Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
      Condition: { StringEquals: { 'kms:ViaService': 'sqs.eu-west-1.amazonaws.com' } },
      Effect: 'Allow',
      Resource: { 'Fn::GetAtt': [logicalId(key), 'Arn'] },
    });
  });

  test('an encrypted dead-letter topic: the key is granted for use through SNS only', () => {
    const key = new kms.Key(stack, 'TopicKey', { enableKeyRotation: true });
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, onFailure: AsyncDestination.fromTopic(new sns.Topic(stack, 'Failures', { masterKey: key })) });
    expect(policyStatements().filter((statement: any) => statement.Sid === 'EncryptDeadLetters')).toEqual([{
      Sid: 'EncryptDeadLetters',
      Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
      Condition: { StringEquals: { 'kms:ViaService': 'sns.eu-west-1.amazonaws.com' } },
      Effect: 'Allow',
      Resource: { 'Fn::GetAtt': [logicalId(key), 'Arn'] },
    }]);
  });
});

describe('ServerlessFunction grantInvoke', () => {
  test('returns an iam.Grant and gives lambda:InvokeFunction on the live alias only, not $LATEST', () => {
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    const caller = new iam.Role(stack, 'Caller', { assumedBy: new iam.AccountRootPrincipal() });
    const grant = fn.grantInvoke(caller);
    expect(grant).toBeInstanceOf(iam.Grant);
    expect(grant.success).toBe(true);
    template().hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: logicalId(caller) }],
      PolicyDocument: {
        Statement: [{
          Action: 'lambda:InvokeFunction',
          Effect: 'Allow',
          Resource: { Ref: logicalId(fn.alias) },
        }],
      },
    });
  });
});
