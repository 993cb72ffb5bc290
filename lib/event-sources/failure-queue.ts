import { Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import * as defaults from '../function/defaults';

/**
 * A queue that is the last stop of records a service gave up on (a stream mapping's on-failure destination, an SNS
 * subscription's or an EventBridge target's dead-letter queue): SQS-managed encryption, SSL-only, 14 days, retained,
 * and no queue may redrive into it.
 *
 * @param purpose what the queue is, in the acknowledgement's reason: `the on-failure destination of ...`
 */
export function createFailureQueue(scope: Construct, id: string, purpose: string): sqs.Queue {
  const queue = new sqs.Queue(scope, id, {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: defaults.DEFAULT_FAILURE_QUEUE_RETENTION,
    removalPolicy: defaults.DEFAULT_FAILURE_QUEUE_REMOVAL_POLICY,
    // A service writes here, not an SQS redrive: no queue may redrive into it.
    redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.DENY_ALL },
  });
  const reason = `This queue is ${purpose} (the service writes to it, not an SQS redrive); `
    + 'a dead-letter queue of a dead-letter queue would never be read. Alarm on its ApproximateNumberOfMessagesVisible instead.';
  Validations.of(queue).acknowledge(
    { id: 'AwsSolutions-SQS3', reason },
    { id: 'Serverless-SQSRedrivePolicy', reason },
    { id: 'cdk-validator-cfnguard::sqs_dlq_check', reason },
  );
  return queue;
}
