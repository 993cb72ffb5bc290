import { ArnFormat, Duration, Names, Stack, Validations } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import * as defaults from '../function/defaults';

/**
 * Properties of a `QueuePair`.
 */
export interface QueuePairProps {
  /**
   * Create FIFO queues (the dead-letter queue of a FIFO queue must be FIFO too).
   *
   * @default false
   */
  readonly fifo?: boolean;

  /**
   * How long a received message stays hidden from other consumers. For a Lambda consumer, at least six times the
   * function's timeout plus its batching window (LambdaLimits warns below that, and fails below the timeout).
   *
   * @default Duration.seconds(60) - six times ServerlessFunction's default timeout
   * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html#events-sqs-queueconfig
   */
  readonly visibilityTimeout?: Duration;

  /**
   * How many times a message is received before it moves to the dead-letter queue.
   *
   * @default 5
   */
  readonly maxReceiveCount?: number;

  /**
   * How long the source queue keeps a message.
   *
   * @default Duration.days(4)
   */
  readonly retentionPeriod?: Duration;

  /**
   * A customer-managed KMS key for both queues. A consumer needs `kms:Decrypt` on it, which
   * `EventSource.sqs` grants.
   *
   * @default - SQS-managed server-side encryption
   */
  readonly encryptionKey?: kms.IKey;
}

/**
 * Define an SQS queue and its dead-letter queue, both encrypted and SSL-only, ready to feed a Lambda function.
 *
 * The source queue moves a message to the dead-letter queue after `maxReceiveCount` receives; the dead-letter
 * queue keeps it 14 days, is retained when the stack is deleted, and allows redrive from the source queue only.
 *
 * @example
 * const pair = new QueuePair(this, 'Orders');
 * fn.addEventSource(EventSource.sqs(pair.queue));
 */
export class QueuePair extends Construct {
  /** The queue to consume. */
  public readonly queue: sqs.Queue;

  /** Where messages that failed `maxReceiveCount` times go. */
  public readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: QueuePairProps = {}) {
    super(scope, id);
    const encryption = {
      encryption: props.encryptionKey ? sqs.QueueEncryption.KMS : sqs.QueueEncryption.SQS_MANAGED,
      encryptionMasterKey: props.encryptionKey,
      enforceSSL: true,
      fifo: props.fifo ? true : undefined,
    };
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      ...encryption,
      retentionPeriod: defaults.DEFAULT_FAILURE_QUEUE_RETENTION,
      removalPolicy: defaults.DEFAULT_FAILURE_QUEUE_REMOVAL_POLICY,
    });
    // The source queue's name is fixed here so that the dead-letter queue's redrive-allow policy can name its ARN:
    // a reference (GetAtt) would be a cycle, since the source queue's redrive policy references the dead-letter queue.
    const queueName = `${Names.uniqueResourceName(this, { maxLength: 75 })}${props.fifo ? '.fifo' : ''}`;
    this.queue = new sqs.Queue(this, 'Queue', {
      ...encryption,
      queueName,
      visibilityTimeout: props.visibilityTimeout ?? defaults.DEFAULT_SOURCE_QUEUE_VISIBILITY_TIMEOUT,
      retentionPeriod: props.retentionPeriod ?? defaults.DEFAULT_SOURCE_QUEUE_RETENTION,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? defaults.DEFAULT_SOURCE_QUEUE_MAX_RECEIVE_COUNT },
    });
    // Only the source queue may redrive into the dead-letter queue.
    (this.deadLetterQueue.node.defaultChild as sqs.CfnQueue).redriveAllowPolicy = {
      redrivePermission: sqs.RedrivePermission.BY_QUEUE,
      sourceQueueArns: [Stack.of(this).formatArn({ service: 'sqs', resource: queueName, arnFormat: ArnFormat.NO_RESOURCE_NAME })],
    };
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'Serverless-SQSRedrivePolicy',
      reason: 'This queue is the dead-letter queue of the pair\'s source queue; a dead-letter queue of a dead-letter queue would never be read.',
    });
  }
}
