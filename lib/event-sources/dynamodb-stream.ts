import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { PullSource, PullSourceKind } from './pull-source';

/**
 * Lambda's DynamoDB Streams poller, on the table's stream ARN only (AWS's own example scopes all four actions
 * to the stream).
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/iam-policy-example-lamda-process-dynamodb-streams.html
 */
export const DYNAMODB_STREAM_POLLER_ACTIONS = ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'];

export function dynamoStreamSource(table: dynamodb.ITable): PullSource {
  const streamArn = table.tableStreamArn;
  return {
    kind: PullSourceKind.DYNAMODB_STREAM,
    resource: table,
    eventSourceArn: streamArn,
    propertyName: 'table',
    key: table.encryptionKey,
    isStream: true,
    statements: () => streamArn ? [new iam.PolicyStatement({ actions: DYNAMODB_STREAM_POLLER_ACTIONS, resources: [streamArn] })] : [],
  };
}
