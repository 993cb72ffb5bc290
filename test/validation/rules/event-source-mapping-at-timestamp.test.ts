import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.AtTimestamp';

describe(RULE, () => {
  test.each([
    ['kinesis', 'AT_TIMESTAMP', 1_700_000_000, 0], ['dynamodb', 'AT_TIMESTAMP', 1_700_000_000, 1], ['msk', 'AT_TIMESTAMP', 1_700_000_000, 0],
    ['docdb', 'AT_TIMESTAMP', 1_700_000_000, 0], ['kinesis', 'AT_TIMESTAMP', undefined, 1], ['kinesis', 'LATEST', 1_700_000_000, 1], ['kinesis', 'LATEST', undefined, 0],
  ] as const)('%s %s with timestamp %s: %d findings', (kind, startingPosition, startingPositionTimestamp, count) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS[kind], startingPosition, startingPositionTimestamp, topics: kind === 'msk' ? ['orders'] : undefined });
    expect(ruleErrors(app, RULE)).toHaveLength(count);
  });

  test('catches an L2 mapping of the stream of an L2 Table with AT_TIMESTAMP, with the message', () => {
    const { app, stack } = esmApp();
    const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING }, stream: dynamodb.StreamViewType.NEW_IMAGE });
    new lambda.EventSourceMapping(stack, 'M', {
      target: l2Function(stack, 'L2Fn'), eventSourceArn: table.tableStreamArn!, startingPosition: lambda.StartingPosition.AT_TIMESTAMP, startingPositionTimestamp: 1_700_000_000,
    });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      "`StartingPosition` must be LATEST or TRIM_HORIZON for a DynamoDB stream (AT_TIMESTAMP is for Kinesis, DocumentDB and Kafka only), got: 'AT_TIMESTAMP'.",
    )]);
  });

  test('does not flag a token position', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.dynamodb, startingPositionTimestamp: 5 }).addPropertyOverride('StartingPosition', { Ref: 'P' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
