import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, cfnQueue, esmApp, l2Function, ruleErrors } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.SourceArn';

describe(RULE, () => {
  test.each([['Arn', false], ['Ref', true]])('a queue by %s fails: %s', (how, fails) => {
    const { app, stack, fn } = esmApp();
    const queue = cfnQueue(stack, 'Q');
    cfnMapping(stack, 'M', fn, { eventSourceArn: how === 'Ref' ? queue.ref : queue.attrArn });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test.each([['StreamArn', false], ['Arn', true], ['Ref', true]])('a table by %s fails: %s', (how, fails) => {
    const { app, stack, fn } = esmApp();
    const table = new dynamodb.CfnTable(stack, 'T', {
      keySchema: [{ attributeName: 'id', keyType: 'HASH' }], attributeDefinitions: [{ attributeName: 'id', attributeType: 'S' }],
      billingMode: 'PAY_PER_REQUEST', streamSpecification: { streamViewType: 'NEW_IMAGE' },
    });
    const eventSourceArn = how === 'Ref' ? table.ref : how === 'Arn' ? table.attrArn : table.attrStreamArn;
    cfnMapping(stack, 'M', fn, { eventSourceArn, startingPosition: 'LATEST' });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an L2 mapping given an L2 table ARN instead of its stream ARN, with the message', () => {
    const { app, stack } = esmApp();
    const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING }, stream: dynamodb.StreamViewType.NEW_IMAGE });
    new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: table.tableArn, startingPosition: lambda.StartingPosition.LATEST });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      'Stack/M/Resource: `EventSourceArn` must be the ARN of Stack/Table/Resource (this reference gives the table ARN, not its stream ARN), got: {"Fn::GetAtt":["TableCD117FA1","Arn"]}. Use GetAtt StreamArn (table.tableStreamArn).',
    )]);
  });

  test('a Kinesis stream name (Ref) fails; literal and imported ARNs are not checked', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: new kinesis.CfnStream(stack, 'S', { shardCount: 1 }).ref, startingPosition: 'LATEST' });
    cfnMapping(stack, 'N', fn).addPropertyOverride('EventSourceArn', { 'Fn::ImportValue': 'QueueArn' });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/M: `EventSourceArn` must be the ARN of Stack/S (this reference gives the stream name)')]);
  });
});
