import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { EventSource, ServerlessFunction, ServerlessFunctionProps, StreamFailureDestination } from '../../lib';
import * as defaults from '../../lib/function/defaults';
import { unconditionedKeyStatements } from '../support/blueprint-testing';

const REQUIRED: ServerlessFunctionProps = {
  runtime: lambda.Runtime.NODEJS_24_X,
  code: lambda.Code.fromInline('exports.handler = async () => ({ batchItemFailures: [] });'),
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

function ref(construct: any): string {
  return stack.getLogicalId((construct.node.defaultChild ?? construct) as any);
}

function arnOf(construct: any) {
  return { 'Fn::GetAtt': [ref(construct), 'Arn'] };
}

/** The statements of the execution policy that event sources added (the function's own ones filtered out). */
function sourceStatements(fn: ServerlessFunction): any[] {
  const policy = template().toJSON().Resources[ref(fn.executionPolicy)];
  const own = ['logs:', 'xray:'];
  const deadLetterArn = JSON.stringify(arnOf(fn.deadLetterQueue));
  return policy.Properties.PolicyDocument.Statement.filter((statement: any) =>
    ![statement.Action].flat().some((action: string) => own.some(prefix => action.startsWith(prefix)))
    && JSON.stringify(statement.Resource) !== deadLetterArn);
}

function mappings(): any[] {
  return Object.values(template().findResources('AWS::Lambda::EventSourceMapping')).map((mapping: any) => mapping);
}

describe('EventSource.sqs', () => {
  test('defaults: the mapping targets the live alias, batches of 10, partial batch responses, no stream parameters, after the execution policy', () => {
    // GIVEN
    const queue = new sqs.Queue(stack, 'Queue');
    // WHEN
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, eventSources: [EventSource.sqs(queue)] });
    // THEN
    template().resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    template().hasResource('AWS::Lambda::EventSourceMapping', {
      Properties: {
        FunctionName: { Ref: ref(fn.alias) },
        EventSourceArn: arnOf(queue),
        BatchSize: defaults.DEFAULT_SQS_BATCH_SIZE,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        MaximumBatchingWindowInSeconds: Match.absent(),
        FilterCriteria: Match.absent(),
        MetricsConfig: Match.absent(),
        Enabled: Match.absent(),
        ScalingConfig: Match.absent(),
        StartingPosition: Match.absent(),
        StartingPositionTimestamp: Match.absent(),
        ParallelizationFactor: Match.absent(),
        BisectBatchOnFunctionError: Match.absent(),
        MaximumRetryAttempts: Match.absent(),
        MaximumRecordAgeInSeconds: Match.absent(),
        TumblingWindowInSeconds: Match.absent(),
        DestinationConfig: Match.absent(),
      },
      DependsOn: [ref(fn.executionPolicy)],
    });
    expect(defaults.DEFAULT_SQS_BATCH_SIZE).toBe(10);
  });

  test('grants exactly ReceiveMessage, DeleteMessage and GetQueueAttributes on the queue, and nothing else', () => {
    const queue = new sqs.Queue(stack, 'Queue');
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, eventSources: [EventSource.sqs(queue)] });
    expect(sourceStatements(fn)).toEqual([{
      Effect: 'Allow',
      Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
      Resource: arnOf(queue),
    }]);
  });

  test('a queue encrypted with a customer-managed key adds kms:Decrypt on that key only, through SQS only', () => {
    const key = new kms.Key(stack, 'Key');
    const queue = new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key });
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, eventSources: [EventSource.sqs(queue)] });
    expect(sourceStatements(fn)).toEqual([
      { Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Resource: arnOf(queue) },
      { Effect: 'Allow', Action: 'kms:Decrypt', Resource: arnOf(key), Condition: { StringEquals: { 'kms:ViaService': 'sqs.eu-west-1.amazonaws.com' } } },
    ]);
  });

  test('an imported queue is granted by its ARN', () => {
    const queue = sqs.Queue.fromQueueArn(stack, 'Queue', 'arn:aws:sqs:eu-west-1:123456789012:orders');
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, eventSources: [EventSource.sqs(queue)] });
    template().hasResourceProperties('AWS::Lambda::EventSourceMapping', { EventSourceArn: 'arn:aws:sqs:eu-west-1:123456789012:orders' });
    expect(sourceStatements(fn)).toEqual([{
      Effect: 'Allow',
      Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
      Resource: 'arn:aws:sqs:eu-west-1:123456789012:orders',
    }]);
  });

  test('every option reaches the mapping', () => {
    const queue = new sqs.Queue(stack, 'Queue', { visibilityTimeout: Duration.minutes(5) });
    const pattern = lambda.FilterCriteria.filter({ body: { state: lambda.FilterRule.isEqual('ready') } }).pattern;
    new ServerlessFunction(stack, 'Fn', {
      ...REQUIRED,
      eventSources: [EventSource.sqs(queue, {
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(20),
        maxConcurrency: 5,
        filterPatterns: [pattern],
        reportBatchItemFailures: false,
        metrics: true,
        enabled: false,
      })],
    });
    template().hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 20,
      ScalingConfig: { MaximumConcurrency: 5 },
      FilterCriteria: { Filters: [{ Pattern: '{"body":{"state":["ready"]}}' }] },
      FunctionResponseTypes: Match.absent(),
      MetricsConfig: { Metrics: ['EventCount'] },
      Enabled: false,
    });
  });

  test('addEventSource adds a mapping after construction and returns it', () => {
    const queue = new sqs.Queue(stack, 'Queue');
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    const mapping = fn.addEventSource(EventSource.sqs(queue));
    expect(mapping.failureQueue).toBeUndefined();
    expect(stack.resolve(mapping.eventSourceMappingId)).toEqual({ Ref: ref(mapping.resource) });
    template().hasResourceProperties('AWS::Lambda::EventSourceMapping', { FunctionName: { Ref: ref(fn.alias) } });
  });

  test('the mapping id follows the source, not its position: adding a source before it keeps its logical id', () => {
    const mappingIds = (withSecond: boolean) => {
      const otherStack = new Stack(new App(), 'Stack');
      const first = new sqs.Queue(otherStack, 'First');
      const sources = [EventSource.sqs(first)];
      if (withSecond) sources.unshift(EventSource.sqs(new sqs.Queue(otherStack, 'Second')));
      new ServerlessFunction(otherStack, 'Fn', { ...REQUIRED, eventSources: sources });
      return Object.entries(Template.fromStack(otherStack).findResources('AWS::Lambda::EventSourceMapping'))
        .filter(([, mapping]: [string, any]) => JSON.stringify(mapping.Properties.EventSourceArn).includes('First'))
        .map(([logicalId]) => logicalId);
    };
    expect(mappingIds(true)).toEqual(mappingIds(false));
    expect(mappingIds(false)).toEqual([expect.stringMatching(/^FnSqsStackFirst/)]);
  });
});

describe('EventSource.kinesis', () => {
  test('defaults: alias, batches of 100, TRIM_HORIZON, bisect on, 3 retries, one day of record age, partial batch responses, an on-failure queue', () => {
    const stream = new kinesis.Stream(stack, 'Stream');
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, eventSources: [EventSource.kinesis(stream)] });
    const mapping = fn.node.findAll().find(child => child instanceof lambda.CfnEventSourceMapping)!;
    const failureQueue = mapping.node.scope!.node.findChild('OnFailureQueue');
    template().hasResource('AWS::Lambda::EventSourceMapping', {
      Properties: {
        FunctionName: { Ref: ref(fn.alias) },
        EventSourceArn: arnOf(stream),
        BatchSize: 100,
        StartingPosition: 'TRIM_HORIZON',
        StartingPositionTimestamp: Match.absent(),
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: 3,
        MaximumRecordAgeInSeconds: 86400,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        DestinationConfig: { OnFailure: { Destination: arnOf(failureQueue) } },
        ParallelizationFactor: Match.absent(),
        TumblingWindowInSeconds: Match.absent(),
        MaximumBatchingWindowInSeconds: Match.absent(),
        ScalingConfig: Match.absent(),
      },
      DependsOn: [ref(fn.executionPolicy)],
    });
    expect(defaults.DEFAULT_STREAM_BATCH_SIZE).toBe(100);
    expect(defaults.DEFAULT_STREAM_STARTING_POSITION).toBe(lambda.StartingPosition.TRIM_HORIZON);
    expect(defaults.DEFAULT_STREAM_RETRY_ATTEMPTS).toBe(3);
    expect(defaults.DEFAULT_STREAM_MAX_RECORD_AGE.toSeconds()).toBe(86400);
  });

  test('the created on-failure queue is encrypted, SSL-only, keeps messages 14 days, is retained, and denies redrive', () => {
    const stream = new kinesis.Stream(stack, 'Stream');
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, eventSources: [EventSource.kinesis(stream)] });
    const mapping = fn.addEventSource(EventSource.kinesis(kinesis.Stream.fromStreamArn(stack, 'Other', 'arn:aws:kinesis:eu-west-1:123456789012:stream/other')));
    template().hasResource('AWS::SQS::Queue', {
      Properties: {
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 1209600,
        RedriveAllowPolicy: { redrivePermission: 'denyAll' },
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    template().hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: ref(mapping.failureQueue) }],
      PolicyDocument: {
        Statement: [Match.objectLike({ Effect: 'Deny', Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })],
      },
    });
  });

  test('grants exactly the poller actions on the stream, and SendMessage on the on-failure queue', () => {
    const stream = new kinesis.Stream(stack, 'Stream');
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    const mapping = fn.addEventSource(EventSource.kinesis(stream));
    expect(sourceStatements(fn)).toEqual([
      {
        Effect: 'Allow',
        Action: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards'],
        Resource: arnOf(stream),
      },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arnOf(mapping.failureQueue) },
    ]);
  });

  test('a stream encrypted with a customer-managed key adds kms:Decrypt on that key, through Kinesis only', () => {
    const key = new kms.Key(stack, 'Key');
    const stream = new kinesis.Stream(stack, 'Stream', { encryption: kinesis.StreamEncryption.KMS, encryptionKey: key });
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, eventSources: [EventSource.kinesis(stream)] });
    expect(sourceStatements(fn)).toContainEqual({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: arnOf(key), Condition: { StringEquals: { 'kms:ViaService': 'kinesis.eu-west-1.amazonaws.com' } } });
    expect(unconditionedKeyStatements(sourceStatements(fn))).toEqual([]);
  });

  test('every stream option reaches the mapping', () => {
    const stream = new kinesis.Stream(stack, 'Stream');
    new ServerlessFunction(stack, 'Fn', {
      ...REQUIRED,
      eventSources: [EventSource.kinesis(stream, {
        batchSize: 500,
        maxBatchingWindow: Duration.seconds(5),
        startingPosition: lambda.StartingPosition.AT_TIMESTAMP,
        startingPositionTimestamp: new Date('2026-11-01T00:00:00Z'),
        parallelizationFactor: 4,
        bisectBatchOnError: false,
        retryAttempts: 10,
        maxRecordAge: Duration.hours(2),
        tumblingWindow: Duration.minutes(1),
        reportBatchItemFailures: false,
        metrics: true,
      })],
    });
    template().hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 500,
      MaximumBatchingWindowInSeconds: 5,
      StartingPosition: 'AT_TIMESTAMP',
      StartingPositionTimestamp: 1793491200,
      ParallelizationFactor: 4,
      BisectBatchOnFunctionError: false,
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 7200,
      TumblingWindowInSeconds: 60,
      FunctionResponseTypes: Match.absent(),
      MetricsConfig: { Metrics: ['EventCount'] },
    });
  });

  describe('onFailure', () => {
    test('a queue: no queue is created; SendMessage on it, and GenerateDataKey and Decrypt on its key through SQS only', () => {
      const key = new kms.Key(stack, 'Key');
      const failures = new sqs.Queue(stack, 'Failures', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key });
      const stream = new kinesis.Stream(stack, 'Stream');
      const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
      const mapping = fn.addEventSource(EventSource.kinesis(stream, { onFailure: StreamFailureDestination.queue(failures) }));
      expect(mapping.failureQueue).toBeUndefined();
      template().hasResourceProperties('AWS::Lambda::EventSourceMapping', { DestinationConfig: { OnFailure: { Destination: arnOf(failures) } } });
      expect(sourceStatements(fn).slice(1)).toEqual([
        { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arnOf(failures) },
        { Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: arnOf(key), Condition: { StringEquals: { 'kms:ViaService': 'sqs.eu-west-1.amazonaws.com' } } },
      ]);
      // The function's DLQ and the user's queue: no on-failure queue was created.
      template().resourceCountIs('AWS::SQS::Queue', 2);
    });

    test('a topic: Publish on it', () => {
      const topic = new sns.Topic(stack, 'Failures');
      const stream = new kinesis.Stream(stack, 'Stream');
      const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, eventSources: [EventSource.kinesis(stream, { onFailure: StreamFailureDestination.topic(topic) })] });
      template().hasResourceProperties('AWS::Lambda::EventSourceMapping', { DestinationConfig: { OnFailure: { Destination: { Ref: ref(topic) } } } });
      expect(sourceStatements(fn).slice(1)).toEqual([{ Effect: 'Allow', Action: 'sns:Publish', Resource: { Ref: ref(topic) } }]);
    });

    test.each([
      ['topic', 'sns', (key: kms.IKey) => StreamFailureDestination.topic(new sns.Topic(stack, 'Failures', { masterKey: key }))],
      ['bucket', 's3', (key: kms.IKey) => StreamFailureDestination.bucket(new s3.Bucket(stack, 'Failures', { encryptionKey: key }))],
    ])('an encrypted %s: GenerateDataKey and Decrypt on its key through %s only', (_kind, service, destination) => {
      const key = new kms.Key(stack, 'Key');
      const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, eventSources: [EventSource.kinesis(new kinesis.Stream(stack, 'Stream'), { onFailure: destination(key) })] });
      expect(sourceStatements(fn)).toContainEqual({
        Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: arnOf(key),
        Condition: { StringEquals: { 'kms:ViaService': `${service}.eu-west-1.amazonaws.com` } },
      });
      expect(unconditionedKeyStatements(sourceStatements(fn))).toEqual([]);
    });

    test('a bucket: PutObject on its objects and ListBucket on it', () => {
      const bucket = new s3.Bucket(stack, 'Failures');
      const stream = new kinesis.Stream(stack, 'Stream');
      const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, eventSources: [EventSource.kinesis(stream, { onFailure: StreamFailureDestination.bucket(bucket) })] });
      template().hasResourceProperties('AWS::Lambda::EventSourceMapping', { DestinationConfig: { OnFailure: { Destination: arnOf(bucket) } } });
      expect(sourceStatements(fn).slice(1)).toEqual([
        { Effect: 'Allow', Action: 's3:PutObject', Resource: { 'Fn::Join': ['', [arnOf(bucket), '/*']] } },
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: arnOf(bucket) },
      ]);
    });
  });
});

describe('EventSource.kinesisConsumer', () => {
  test('reads through the consumer: poller actions on the stream, SubscribeToShard and DescribeStreamConsumer on the consumer only', () => {
    const stream = new kinesis.Stream(stack, 'Stream');
    const consumer = new kinesis.StreamConsumer(stack, 'Consumer', { stream, streamConsumerName: 'fn' });
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    const mapping = fn.addEventSource(EventSource.kinesisConsumer(consumer));
    template().hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: ref(fn.alias) },
      EventSourceArn: { 'Fn::GetAtt': [ref(consumer), 'ConsumerARN'] },
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: { OnFailure: { Destination: arnOf(mapping.failureQueue) } },
    });
    expect(sourceStatements(fn)).toEqual([
      {
        Effect: 'Allow',
        Action: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards'],
        Resource: arnOf(stream),
      },
      { Effect: 'Allow', Action: ['kinesis:DescribeStreamConsumer', 'kinesis:SubscribeToShard'], Resource: { 'Fn::GetAtt': [ref(consumer), 'ConsumerARN'] } },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arnOf(mapping.failureQueue) },
    ]);
  });
});

describe('EventSource.dynamoStream', () => {
  test('defaults and grants: the stream ARN only, kms:Decrypt on the table key through DynamoDB only, an on-failure queue', () => {
    const key = new kms.Key(stack, 'Key');
    const table = new dynamodb.Table(stack, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: key,
    });
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    const mapping = fn.addEventSource(EventSource.dynamoStream(table));
    const streamArn = { 'Fn::GetAtt': [ref(table), 'StreamArn'] };
    template().hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: ref(fn.alias) },
      EventSourceArn: streamArn,
      BatchSize: 100,
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 3,
      MaximumRecordAgeInSeconds: 86400,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: arnOf(mapping.failureQueue) } },
    });
    expect(sourceStatements(fn)).toEqual([
      { Effect: 'Allow', Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'], Resource: streamArn },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arnOf(mapping.failureQueue) },
      { Effect: 'Allow', Action: 'kms:Decrypt', Resource: arnOf(key), Condition: { StringEquals: { 'kms:ViaService': 'dynamodb.eu-west-1.amazonaws.com' } } },
    ]);
  });

  test('fails at synth when a table of the app has no stream, through LambdaLimits\'s rule, naming `table`', () => {
    const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    fn.addEventSource(EventSource.dynamoStream(table));
    expect(() => app.synth()).toThrow(new RegExp('\\[LambdaKit\\.DynamoDBStreams\\.StreamEnabled\\] Stack/Fn/DynamoStream\\w+/Resource: '
      + '`table` \\(EventSourceArn\\) must be the stream of a table that has one, got: \'table Stack/Table/Resource without StreamSpecification\''));
    expect(() => app.synth()).not.toThrow(/LambdaKit\.EventSourceMapping\.SourceArn/);
    // No grant on a stream that does not exist.
    expect(JSON.stringify(stack.resolve(fn.executionPolicy.document))).not.toContain('dynamodb:');
  });

  test('fails at synth when an imported table has no stream ARN', () => {
    const table = dynamodb.Table.fromTableName(stack, 'Table', 'orders');
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    const mapping = fn.addEventSource(EventSource.dynamoStream(table));
    expect(mapping.node.validate()).toEqual([
      expect.stringMatching(new RegExp('^\\[LambdaKit\\.EventSource\\.TableStream\\] Stack/Fn/DynamoStream\\w+: `table` must be a table with a stream, '
        + 'got: an imported table without `tableStreamArn`\\. Import the table with Table.fromTableAttributes.* See https:')),
    ]);
    expect(() => app.synth()).toThrow(/LambdaKit\.EventSource\.TableStream/);
  });
});

describe('every mapping and every grant', () => {
  test('no mapping targets the unqualified function or $LATEST, and no source statement uses a wildcard resource or action', () => {
    const queue = new sqs.Queue(stack, 'Queue');
    const stream = new kinesis.Stream(stack, 'Stream');
    const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, stream: dynamodb.StreamViewType.KEYS_ONLY });
    const fn = new ServerlessFunction(stack, 'Fn', {
      ...REQUIRED,
      eventSources: [EventSource.sqs(queue), EventSource.kinesis(stream), EventSource.dynamoStream(table)],
    });
    expect(mappings()).toHaveLength(3);
    for (const mapping of mappings()) expect(mapping.Properties.FunctionName).toEqual({ Ref: ref(fn.alias) });
    for (const statement of sourceStatements(fn)) {
      expect(JSON.stringify(statement.Resource)).not.toContain('*');
      expect([statement.Action].flat().every((action: string) => !action.includes('*'))).toBe(true);
    }
  });
});
