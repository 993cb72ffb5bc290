import { Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.DynamoDBStreams.StreamEnabled';

function cfnTable(stack: Stack, streamSpecification?: dynamodb.CfnTable.StreamSpecificationProperty) {
  return new dynamodb.CfnTable(stack, 'T', {
    keySchema: [{ attributeName: 'id', keyType: 'HASH' }], attributeDefinitions: [{ attributeName: 'id', attributeType: 'S' }],
    billingMode: 'PAY_PER_REQUEST', streamSpecification,
  });
}

describe(RULE, () => {
  test.each([[true, false], [false, true]])('table with a stream %s fails: %s', (withStream, fails) => {
    const { app, stack, fn } = esmApp();
    const table = cfnTable(stack, withStream ? { streamViewType: 'NEW_IMAGE' } : undefined);
    cfnMapping(stack, 'M', fn, { eventSourceArn: table.attrStreamArn, startingPosition: 'LATEST' });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an L2 mapping of an L2 table whose stream was removed by an override, with the message', () => {
    const { app, stack } = esmApp();
    const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING }, stream: dynamodb.StreamViewType.NEW_IMAGE });
    (table.node.defaultChild as dynamodb.CfnTable).addPropertyDeletionOverride('StreamSpecification');
    new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: table.tableStreamArn!, startingPosition: lambda.StartingPosition.LATEST });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      "Stack/M/Resource: `EventSourceArn` must be the stream of a table that has one, got: 'table Stack/Table/Resource without StreamSpecification'.",
    )]);
  });

  test('literal stream ARNs and token specifications are not flagged', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.dynamodb, startingPosition: 'LATEST' });
    const table = cfnTable(stack);
    table.addPropertyOverride('StreamSpecification', { Ref: 'Spec' });
    cfnMapping(stack, 'N', fn, { eventSourceArn: table.attrStreamArn, startingPosition: 'LATEST' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
