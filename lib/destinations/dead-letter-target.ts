import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';

/**
 * Where a function's failed asynchronous invocations go, after Lambda's retries.
 *
 * By default `ServerlessFunction` creates an encrypted, SSL-only queue; pass a target to use your own.
 * Lambda refuses FIFO queues and topics here (deliveries fail silently), and LambdaLimits reports them.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html
 */
export class DeadLetterTarget {
  /** Send failed events to a standard SQS queue. */
  public static fromQueue(queue: sqs.IQueue): DeadLetterTarget {
    return new DeadLetterTarget(queue, undefined);
  }

  /** Send failed events to a standard SNS topic. */
  public static fromTopic(topic: sns.ITopic): DeadLetterTarget {
    return new DeadLetterTarget(undefined, topic);
  }

  /** The queue, when the target is a queue. */
  public readonly queue?: sqs.IQueue;
  /** The topic, when the target is a topic. */
  public readonly topic?: sns.ITopic;

  private constructor(queue: sqs.IQueue | undefined, topic: sns.ITopic | undefined) {
    this.queue = queue;
    this.topic = topic;
  }
}
