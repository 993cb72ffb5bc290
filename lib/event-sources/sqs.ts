import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { PullSource, PullSourceKind } from './pull-source';

/**
 * Lambda's SQS poller receives, deletes and reads the attributes of messages of this queue only
 * (the actions of AWSLambdaSQSQueueExecutionRole, scoped to the queue).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html#events-sqs-permissions
 */
export const SQS_POLLER_ACTIONS = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'];

export function sqsSource(queue: sqs.IQueue): PullSource {
  return {
    kind: PullSourceKind.SQS,
    resource: queue,
    eventSourceArn: queue.queueArn,
    propertyName: 'queue',
    key: queue.encryptionMasterKey,
    isStream: false,
    statements: () => [new iam.PolicyStatement({ actions: SQS_POLLER_ACTIONS, resources: [queue.queueArn] })],
  };
}
