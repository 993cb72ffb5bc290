import { CfnResource } from 'aws-cdk-lib';
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

const TABLE_TYPES = ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'];

export function dynamoStreamSource(table: dynamodb.ITable): PullSource {
  const streamArn = table.tableStreamArn;
  const cfnTable = CfnResource.isCfnResource(table.node.defaultChild) && TABLE_TYPES.includes(table.node.defaultChild.cfnResourceType)
    ? table.node.defaultChild : undefined;
  return {
    kind: PullSourceKind.DYNAMODB_STREAM,
    resource: table,
    // A table of this app without a stream: its StreamArn attribute is written, so that LambdaLimits's
    // DynamoDBStreams.StreamEnabled rule reports the missing stream at synth with every other problem.
    eventSourceArn: streamArn ?? cfnTable?.getAtt('StreamArn').toString(),
    propertyName: 'table',
    key: table.encryptionKey,
    isStream: true,
    statements: () => streamArn ? [new iam.PolicyStatement({ actions: DYNAMODB_STREAM_POLLER_ACTIONS, resources: [streamArn] })] : [],
  };
}
