import { cfnMapping, esmApp, ruleWarnings, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.Sqs.ProvisionedPollersWithMaximumConcurrency';

describe(RULE, () => {
  test.each([
    [true, true, true], [true, false, false], [false, true, false],
  ])('pollers %s + maximum concurrency %s warns: %s', (pollers, concurrency, warns) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, {
      provisionedPollerConfig: pollers ? { minimumPollers: 2, maximumPollers: 10 } : undefined,
      scalingConfig: concurrency ? { maximumConcurrency: 10 } : undefined,
    });
    expect(ruleWarnings(app, RULE).length).toBe(warns ? 1 : 0);
  });

  test('message, and not for other sources', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { provisionedPollerConfig: { minimumPollers: 2 }, scalingConfig: { maximumConcurrency: 10 } });
    cfnMapping(stack, 'K', fn, { eventSourceArn: SOURCE_ARNS.msk, topics: ['orders'], startingPosition: 'LATEST', provisionedPollerConfig: { minimumPollers: 2 } });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining('Stack/M: `ScalingConfig.MaximumConcurrency` must be absent when ProvisionedPollerConfig is set, got: 10.')]);
  });
});
