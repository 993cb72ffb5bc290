import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AsyncDestination, ServerlessFunction, ServerlessFunctionProps } from '../../lib';
import { unconditionedKeyStatements } from '../support/blueprint-testing';

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

const id = (construct: any) => stack.getLogicalId((construct.node.defaultChild ?? construct) as any);
const statements = () => Object.values(Template.fromStack(stack).findResources('AWS::IAM::ManagedPolicy'))
  .flatMap((policy: any) => policy.Properties.PolicyDocument.Statement);
const acknowledged = (construct: any) => Object.assign({}, ...construct.node.metadata
  .filter((entry: any) => entry.type === 'aws:cdk:acknowledged-rules').map((entry: any) => entry.data));

describe('asynchronous invocation', () => {
  test('by default: failures go to the created queue as DeadLetterConfig, and no EventInvokeConfig exists', () => {
    // WHEN
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);

    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Lambda::EventInvokeConfig', 0);
    template.hasResourceProperties('AWS::Lambda::Function', { DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [id(fn.deadLetterQueue), 'Arn'] } } });
    expect(id(fn.deadLetterQueue)).toBe('FnDeadLetterQueue48721F4D');
    expect(fn.asyncInvokeConfig).toBeUndefined();
  });

  test('retryAttempts and maxEventAge configure the live alias; failures stay on the dead-letter queue only (no OnFailure: no double delivery)', () => {
    // WHEN
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, retryAttempts: 0, maxEventAge: Duration.minutes(5) });

    // THEN
    const template = Template.fromStack(stack);
    template.hasResource('AWS::Lambda::EventInvokeConfig', {
      Properties: {
        FunctionName: { Ref: id(fn.function) },
        Qualifier: 'live',
        MaximumRetryAttempts: 0,
        MaximumEventAgeInSeconds: 300,
        DestinationConfig: Match.absent(),
      },
      DependsOn: Match.arrayWith([id(fn.alias)]),
    });
    template.hasResourceProperties('AWS::Lambda::Function', { DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [id(fn.deadLetterQueue), 'Arn'] } } });
    expect(acknowledged(fn.asyncInvokeConfig!)).toHaveProperty(['Annotation::Serverless-LambdaAsyncFailureDestination']);
  });

  test('onSuccess to a queue: OnSuccess destination on the alias with exactly sqs:SendMessage on that queue (and its key)', () => {
    // GIVEN
    const key = new kms.Key(stack, 'Key');
    const queue = new sqs.Queue(stack, 'Done', { encryptionMasterKey: key });

    // WHEN
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, onSuccess: AsyncDestination.fromQueue(queue) });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      Qualifier: 'live',
      DestinationConfig: { OnSuccess: { Destination: { 'Fn::GetAtt': [id(queue), 'Arn'] } }, OnFailure: Match.absent() },
      MaximumRetryAttempts: Match.absent(),
      MaximumEventAgeInSeconds: Match.absent(),
    });
    expect(statements()).toEqual(expect.arrayContaining([
      { Sid: 'DeliverSuccessfulInvocations', Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [id(queue), 'Arn'] } },
      {
        Sid: 'DeliverSuccessfulInvocationsEncrypt', Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: { 'Fn::GetAtt': [id(key), 'Arn'] },
        Condition: { StringEquals: { 'kms:ViaService': 'sqs.eu-west-1.amazonaws.com' } },
      },
    ]));
    expect(unconditionedKeyStatements(statements())).toEqual([]);
  });

  test.each([
    ['a topic on success', 'sns', (key: kms.IKey) => ({ onSuccess: AsyncDestination.fromTopic(new sns.Topic(stack, 'Done', { masterKey: key })) })],
    ['a bucket on failure', 's3', (key: kms.IKey) => ({ onFailure: AsyncDestination.fromBucket(new s3.Bucket(stack, 'Failures', { encryptionKey: key })) })],
  ])('an encrypted destination (%s): GenerateDataKey and Decrypt on its key, through %s only', (_kind, service, destination) => {
    const key = new kms.Key(stack, 'Key');
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, ...destination(key) });
    expect(statements().filter((statement: any) => statement.Resource?.['Fn::GetAtt']?.[0] === id(key))).toEqual([expect.objectContaining({
      Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Condition: { StringEquals: { 'kms:ViaService': `${service}.eu-west-1.amazonaws.com` } },
    })]);
    expect(unconditionedKeyStatements(statements())).toEqual([]);
  });

  test('onSuccess to a topic grants exactly sns:Publish on it', () => {
    const topic = new sns.Topic(stack, 'Done');
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, onSuccess: AsyncDestination.fromTopic(topic) });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventInvokeConfig', { DestinationConfig: { OnSuccess: { Destination: { Ref: id(topic) } } } });
    expect(statements()).toContainEqual({ Sid: 'DeliverSuccessfulInvocations', Effect: 'Allow', Action: 'sns:Publish', Resource: { Ref: id(topic) } });
  });

  test('onFailure to a function: OnFailure destination on the alias, no DeadLetterConfig, no created queue, exactly lambda:InvokeFunction', () => {
    // GIVEN
    const other = new lambda.Function(stack, 'Other', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: REQUIRED.code });

    // WHEN
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, onFailure: AsyncDestination.fromFunction(other) });

    // THEN
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      Qualifier: 'live',
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [id(other), 'Arn'] } }, OnSuccess: Match.absent() },
    });
    template.hasResourceProperties('AWS::Lambda::Function', { Handler: 'index.handler', DeadLetterConfig: Match.absent(), Role: { 'Fn::GetAtt': [id(fn.role), 'Arn'] } });
    template.resourceCountIs('AWS::SQS::Queue', 0);
    expect(fn.deadLetterQueue).toBeUndefined();
    expect(statements()).toContainEqual({ Sid: 'DeliverFailedInvocations', Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [id(other), 'Arn'] } });
    expect(statements().filter((statement: any) => JSON.stringify(statement.Action).includes('sqs:'))).toEqual([]);
    expect(Object.keys(acknowledged(fn.function))).toEqual(expect.arrayContaining([
      'Annotation::Serverless-LambdaDLQ', 'Annotation::HIPAA.Security-LambdaDLQ', 'Annotation::NIST.800.53.R5-LambdaDLQ',
    ]));
  });

  test('onFailure to an event bus grants exactly events:PutEvents on it', () => {
    const bus = new events.EventBus(stack, 'Bus');
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, onFailure: AsyncDestination.fromEventBus(bus) });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventInvokeConfig', { DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [id(bus), 'Arn'] } } } });
    expect(statements()).toContainEqual({ Sid: 'DeliverFailedInvocations', Effect: 'Allow', Action: 'events:PutEvents', Resource: { 'Fn::GetAtt': [id(bus), 'Arn'] } });
  });

  test('onFailure to a bucket grants exactly s3:PutObject on its objects', () => {
    const bucket = new s3.Bucket(stack, 'Failures');
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, onFailure: AsyncDestination.fromBucket(bucket) });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventInvokeConfig', { DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [id(bucket), 'Arn'] } } } });
    expect(statements()).toContainEqual({
      Sid: 'DeliverFailedInvocations', Effect: 'Allow', Action: 's3:PutObject',
      Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [id(bucket), 'Arn'] }, '/*']] },
    });
  });

  test('onFailure to a given queue is its DeadLetterConfig, granted by the function (no second delivery path)', () => {
    const queue = new sqs.Queue(stack, 'Failures');
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, onFailure: AsyncDestination.fromQueue(queue), retryAttempts: 1 });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', { DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [id(queue), 'Arn'] } } });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 1, DestinationConfig: Match.absent() });
  });

  test('fails at synth for a FIFO queue on success, a bucket on success, 3 retries and an event age out of range, naming the props', () => {
    // GIVEN
    const fifo = new sqs.Queue(stack, 'Fifo', { fifo: true });
    const bucket = new s3.Bucket(stack, 'Bucket');

    // WHEN
    const fifoFn = new ServerlessFunction(stack, 'FifoFn', { ...REQUIRED, onSuccess: AsyncDestination.fromQueue(fifo) });
    new ServerlessFunction(stack, 'BucketFn', { ...REQUIRED, onSuccess: AsyncDestination.fromBucket(bucket), retryAttempts: 3, maxEventAge: Duration.seconds(59) });

    // THEN
    expect(fifoFn).toBeDefined();
    const synth = () => app.synth();
    expect(synth).toThrow(/LambdaKit\.Destination\.NoFifo/);
    expect(synth).toThrow(/LambdaKit\.Destination\.Type/);
    expect(synth).toThrow(/LambdaKit\.EventInvokeConfig\.MaximumRetryAttempts[^\n]*`retryAttempts`/);
    expect(synth).toThrow(/LambdaKit\.EventInvokeConfig\.MaximumEventAge[^\n]*`maxEventAge`/);
  });

  test.each([[0, 60], [2, 21600]])('does not fail with retryAttempts %d and maxEventAge %d s (the bounds)', (retryAttempts, seconds) => {
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, retryAttempts, maxEventAge: Duration.seconds(seconds) });
    expect(() => app.synth()).not.toThrow();
  });

  test('fails at synth for a FIFO topic as onFailure (its DeadLetterConfig)', () => {
    const topic = new sns.Topic(stack, 'Fifo', { fifo: true, topicName: 'failures' });
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, onFailure: AsyncDestination.fromTopic(topic) });
    expect(() => app.synth()).toThrow(/LambdaKit\.Function\.DeadLetterTarget[^\n]*`onFailure`/);
  });
});
