import { cfnMapping, describeStreamRange, esmApp, ruleErrors, SOURCE_ARNS } from '../event-source-helpers';

describeStreamRange('LambdaKit.Kinesis.MaximumRecordAge', 'maximumRecordAgeInSeconds', 'MaximumRecordAgeInSeconds', [-1, 60, 604_800], [-2, 0, 59, 604_801]);

test('the message names the range', () => {
  const { app, stack, fn } = esmApp();
  cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: 'LATEST', maximumRecordAgeInSeconds: 30 });
  expect(ruleErrors(app, 'LambdaKit.Kinesis.MaximumRecordAge')).toEqual([expect.stringContaining(
    '`MaximumRecordAgeInSeconds` must be -1 (no maximum) or a whole number of seconds from 60 to 604,800 (7 days), got: 30.',
  )]);
});
