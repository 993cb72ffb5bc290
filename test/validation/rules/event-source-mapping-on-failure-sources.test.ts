import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, SOURCE_ARNS, validFor } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.OnFailureSources';
const DESTINATION = { onFailure: { destination: 'arn:aws:sqs:us-east-1:123456789012:failed' } };

describe(RULE, () => {
  test.each([
    ['sqs', true], ['mq', true], ['docdb', true], ['kinesis', false], ['dynamodb', false], ['msk', false],
  ] as const)('DestinationConfig on %s fails: %s', (kind, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { ...validFor(kind), destinationConfig: DESTINATION });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an L2 mapping of an SQS queue with an on-failure destination, with the message', () => {
    const { app, stack } = esmApp();
    new lambda.EventSourceMapping(stack, 'M', {
      target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.sqs, onFailure: { bind: () => ({ destination: 'arn:aws:sqs:us-east-1:123456789012:failed' }) },
    });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/M/Resource: \`DestinationConfig\` must be absent for an SQS queue (it applies to Kinesis streams, DynamoDB streams and Kafka only), got: {"OnFailure":{"Destination":"arn:aws:sqs:us-east-1:123456789012:failed"}}. Remove DestinationConfig and give the queue a RedrivePolicy`,
    )]);
  });

  test('does not flag an unknown source', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { destinationConfig: DESTINATION }).addPropertyOverride('EventSourceArn', { 'Fn::ImportValue': 'Q' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
