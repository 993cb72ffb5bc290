import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import { cfnMapping, esmApp, l2Function, ruleErrors, SOURCE_ARNS } from '../event-source-helpers';

// The four stream ranges share one helper (mappingPropertyRule); each keeps its own rule id.
describe.each([
  ['LambdaKit.Kinesis.ParallelizationFactor', 'parallelizationFactor', 'ParallelizationFactor', [1, 10], [0, 11, 2.5]],
  ['LambdaKit.Kinesis.MaximumRetryAttempts', 'maximumRetryAttempts', 'MaximumRetryAttempts', [-1, 0, 10_000], [-2, 10_001]],
  ['LambdaKit.Kinesis.MaximumRecordAge', 'maximumRecordAgeInSeconds', 'MaximumRecordAgeInSeconds', [-1, 60, 604_800], [-2, 0, 59, 604_801]],
  ['LambdaKit.Kinesis.TumblingWindow', 'tumblingWindowInSeconds', 'TumblingWindowInSeconds', [0, 900], [-1, 901]],
] as const)('%s', (rule, prop, property, valid, invalid) => {
  test.each(valid.map(v => [v]))('accepts %d', (value) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: 'LATEST', [prop]: value });
    expect(ruleErrors(app, rule)).toEqual([]);
  });

  test.each(invalid.map(v => [v]))('rejects %d', (value) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: 'LATEST', [prop]: value });
    expect(ruleErrors(app, rule)).toEqual([expect.stringContaining(`[${rule}] Stack/M: \`${property}\` must be `)]);
  });

  test('catches an override of an L2 KinesisEventSource mapping', () => {
    const { app, stack } = esmApp();
    const fn = l2Function(stack, 'L2Fn');
    fn.addEventSource(new sources.KinesisEventSource(new kinesis.Stream(stack, 'Stream'), { startingPosition: lambda.StartingPosition.LATEST }));
    const mapping = fn.node.findAll().find(c => c instanceof lambda.CfnEventSourceMapping) as lambda.CfnEventSourceMapping;
    mapping.addPropertyOverride(property, invalid[invalid.length - 1]);
    expect(ruleErrors(app, rule)).toEqual([expect.stringContaining(`got: ${invalid[invalid.length - 1]}.`)]);
  });

  test('does not flag a token', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: 'LATEST' }).addPropertyOverride(property, { Ref: 'P' });
    expect(ruleErrors(app, rule)).toEqual([]);
  });
});

test('messages name the range', () => {
  const { app, stack, fn } = esmApp();
  cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: 'LATEST', maximumRecordAgeInSeconds: 30 });
  expect(ruleErrors(app, 'LambdaKit.Kinesis.MaximumRecordAge')).toEqual([expect.stringContaining(
    '`MaximumRecordAgeInSeconds` must be -1 (no maximum) or a whole number of seconds from 60 to 604,800 (7 days), got: 30.',
  )]);
});
