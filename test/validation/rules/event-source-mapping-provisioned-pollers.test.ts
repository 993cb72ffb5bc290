import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, validFor } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.ProvisionedPollers';

describe(RULE, () => {
  test.each([
    ['msk', 1, 2_000, 0], ['msk', 200, 200, 0], ['msk', 0, undefined, 1], ['msk', 201, undefined, 1], ['msk', undefined, 2_001, 1],
    ['msk', 10, 5, 1], ['sqs', 2, 2_000, 0], ['sqs', 1, undefined, 1], ['sqs', undefined, 1, 1], ['kinesis', 1, 1, 0],
  ] as const)('%s with min %s max %s: %d findings', (kind, minimumPollers, maximumPollers, count) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { ...validFor(kind), provisionedPollerConfig: { minimumPollers, maximumPollers } });
    expect(ruleErrors(app, RULE)).toHaveLength(count);
  });

  test('catches an L2 mapping with an override, with the message', () => {
    const { app, stack } = esmApp();
    const mapping = new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), ...validFor('msk') as any, kafkaTopic: 'orders', startingPosition: lambda.StartingPosition.LATEST });
    (mapping.node.defaultChild as lambda.CfnEventSourceMapping).addPropertyOverride('ProvisionedPollerConfig', { MinimumPollers: 1, MaximumPollers: 2001 });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('`ProvisionedPollerConfig.MaximumPollers` must be a whole number from 1 to 2,000, got: 2001.')]);
  });

  test('does not flag tokens', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn).addPropertyOverride('ProvisionedPollerConfig', { MinimumPollers: { Ref: 'A' }, MaximumPollers: 1 });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('MaximumPollers` must be a whole number from 2 to 2,000 for an SQS queue')]);
  });
});
