import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, SOURCE_ARNS, validFor } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.ScalingConfigSqsOnly';

describe(RULE, () => {
  test.each([['sqs', false], ['fifo', false], ['kinesis', true], ['msk', true], ['mq', true]] as const)('ScalingConfig on %s fails: %s', (kind, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { ...validFor(kind), scalingConfig: { maximumConcurrency: 10 } });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an L2 mapping of a Kinesis stream with an override, with the message', () => {
    const { app, stack } = esmApp();
    const mapping = new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: lambda.StartingPosition.LATEST });
    (mapping.node.defaultChild as lambda.CfnEventSourceMapping).addPropertyOverride('ScalingConfig', { MaximumConcurrency: 5 });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      'Stack/M/Resource: `ScalingConfig` must be absent for a Kinesis stream (it applies to SQS queues only), got: {"MaximumConcurrency":5}. Remove ScalingConfig from this mapping.',
    )]);
  });

  test('does not flag an unknown source', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { scalingConfig: { maximumConcurrency: 10 } }).addPropertyOverride('EventSourceArn', { 'Fn::ImportValue': 'Src' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
