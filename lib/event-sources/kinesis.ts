import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import { PullSource, PullSourceKind } from './pull-source';

/**
 * Lambda's Kinesis poller describes the stream, lists its shards and reads them, on this stream only.
 * `kinesis:ListStreams` (in AWSLambdaKinesisExecutionRole) is left out: it takes no resource and the poller
 * is given the stream's ARN.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-create.html
 */
export const KINESIS_POLLER_ACTIONS = [
  'kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards',
];

/** An enhanced fan-out consumer subscribes to the shards through the consumer, on the consumer's ARN only. */
export const KINESIS_CONSUMER_ACTIONS = ['kinesis:DescribeStreamConsumer', 'kinesis:SubscribeToShard'];

export function kinesisSource(stream: kinesis.IStream): PullSource {
  return {
    kind: PullSourceKind.KINESIS,
    resource: stream,
    eventSourceArn: stream.streamArn,
    propertyName: 'stream',
    key: stream.encryptionKey,
    isStream: true,
    statements: () => [new iam.PolicyStatement({ actions: KINESIS_POLLER_ACTIONS, resources: [stream.streamArn] })],
  };
}

export function kinesisConsumerSource(consumer: kinesis.IStreamConsumer): PullSource {
  return {
    kind: PullSourceKind.KINESIS_CONSUMER,
    resource: consumer,
    eventSourceArn: consumer.streamConsumerArn,
    propertyName: 'consumer',
    key: consumer.stream.encryptionKey,
    isStream: true,
    statements: () => [
      new iam.PolicyStatement({ actions: KINESIS_POLLER_ACTIONS, resources: [consumer.stream.streamArn] }),
      new iam.PolicyStatement({ actions: KINESIS_CONSUMER_ACTIONS, resources: [consumer.streamConsumerArn] }),
    ],
  };
}
