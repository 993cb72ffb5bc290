import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import { QueuePair } from '../../lib';
import * as defaults from '../../lib/function/defaults';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
});

function template(): Template {
  return Template.fromStack(stack);
}

function ref(construct: any): string {
  return stack.getLogicalId((construct.node.defaultChild ?? construct) as any);
}

describe('QueuePair', () => {
  test('defaults: an encrypted source queue with a 60 s visibility timeout, redriving to its dead-letter queue after 5 receives', () => {
    // WHEN
    const pair = new QueuePair(stack, 'Orders');
    // THEN
    const queueName = (pair.queue.node.defaultChild as any).queueName;
    template().hasResource('AWS::SQS::Queue', {
      Properties: {
        QueueName: queueName,
        SqsManagedSseEnabled: true,
        KmsMasterKeyId: Match.absent(),
        FifoQueue: Match.absent(),
        VisibilityTimeout: 60,
        MessageRetentionPeriod: 345600,
        RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [ref(pair.deadLetterQueue), 'Arn'] }, maxReceiveCount: 5 },
      },
    });
    expect(defaults.DEFAULT_SOURCE_QUEUE_VISIBILITY_TIMEOUT.toSeconds()).toBe(6 * defaults.DEFAULT_TIMEOUT.toSeconds());
    expect(defaults.DEFAULT_SOURCE_QUEUE_MAX_RECEIVE_COUNT).toBe(5);
  });

  test('the dead-letter queue: encrypted, 14 days, retained, and only the source queue may redrive into it', () => {
    const pair = new QueuePair(stack, 'Orders');
    const queueName = (pair.queue.node.defaultChild as any).queueName;
    expect(queueName).toMatch(/^StackOrders[A-F0-9]{8}$/);
    template().hasResource('AWS::SQS::Queue', {
      Properties: {
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 1209600,
        RedriveAllowPolicy: {
          redrivePermission: 'byQueue',
          sourceQueueArns: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:sqs:eu-west-1:123456789012:${queueName}`]] }],
        },
        RedrivePolicy: Match.absent(),
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  test('both queues refuse requests without TLS', () => {
    const pair = new QueuePair(stack, 'Orders');
    for (const queue of [pair.queue, pair.deadLetterQueue]) {
      template().hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: ref(queue) }],
        PolicyDocument: { Statement: [Match.objectLike({ Effect: 'Deny', Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })] },
      });
    }
  });

  test('fifo, encryptionKey, visibilityTimeout, maxReceiveCount and retentionPeriod', () => {
    const key = new kms.Key(stack, 'Key');
    const pair = new QueuePair(stack, 'Orders', {
      fifo: true, encryptionKey: key, visibilityTimeout: Duration.minutes(6), maxReceiveCount: 10, retentionPeriod: Duration.days(7),
    });
    expect((pair.queue.node.defaultChild as any).queueName).toMatch(/\.fifo$/);
    template().hasResourceProperties('AWS::SQS::Queue', {
      FifoQueue: true,
      KmsMasterKeyId: { 'Fn::GetAtt': [ref(key), 'Arn'] },
      VisibilityTimeout: 360,
      MessageRetentionPeriod: 604800,
      RedrivePolicy: Match.objectLike({ maxReceiveCount: 10 }),
    });
    template().hasResourceProperties('AWS::SQS::Queue', {
      FifoQueue: true,
      KmsMasterKeyId: { 'Fn::GetAtt': [ref(key), 'Arn'] },
      MessageRetentionPeriod: 1209600,
    });
    expect(pair.queue.encryptionMasterKey).toBe(key);
  });
});
