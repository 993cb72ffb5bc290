import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.NoOnSuccess';

describe(RULE, () => {
  test.each([[true, true], [false, false]])('OnSuccess set %s fails: %s', (onSuccess, fails) => {
    const { app, stack, fn } = esmApp();
    const mapping = cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: 'LATEST', destinationConfig: { onFailure: { destination: 'arn:aws:sqs:us-east-1:123456789012:f' } } });
    if (onSuccess) mapping.addPropertyOverride('DestinationConfig.OnSuccess', { Destination: 'arn:aws:sqs:us-east-1:123456789012:ok' });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an override of an L2 mapping, with the message', () => {
    const { app, stack } = esmApp();
    const mapping = new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: lambda.StartingPosition.LATEST });
    (mapping.node.defaultChild as lambda.CfnEventSourceMapping).addPropertyOverride('DestinationConfig.OnSuccess.Destination', { Ref: 'Topic' });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/M/Resource: `DestinationConfig.OnSuccess` must be absent on an event source mapping, got: {"Destination":{"Ref":"Topic"}}.')]);
  });
});
