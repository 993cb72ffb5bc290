import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.FilterPattern';

describe(RULE, () => {
  test.each([
    ['{"body": {"type": ["order"]}}', false], ['{"body": {"type": "order"}}', true], ['{"body": ', true], ['["order"]', true],
    ['{"$or": [{"a": ["x"]}, {"b": ["y"]}]}', false], ['{"data": {"n": [{"numeric": [">", 0]}]}}', false], ['{"a": null}', true],
  ])('pattern %s fails: %s', (pattern, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { filterCriteria: { filters: [{ pattern }] } });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test.each([[4_096, false], [4_097, true]])('a pattern of %d characters fails: %s', (length, fails) => {
    const { app, stack, fn } = esmApp();
    const base = '{"body":{"v":["';
    const pattern = base + 'x'.repeat(length - base.length - 4) + '"]}}';
    expect(pattern).toHaveLength(length);
    cfnMapping(stack, 'M', fn, { filterCriteria: { filters: [{ pattern }] } });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an L2 mapping with a hand-written pattern, with the message', () => {
    const { app, stack } = esmApp();
    new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.sqs, filters: [{ pattern: '{"body":{"type":"order"}}' }] });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      'Stack/M/Resource: `FilterCriteria.Filters.0.Pattern` must be a JSON object whose leaf values are arrays of values to match ("type" is not an array of values to match)',
    )]);
  });

  test('does not flag a token pattern', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { filterCriteria: { filters: [{ pattern: '{}' }] } }).addPropertyOverride('FilterCriteria.Filters.0.Pattern', { 'Fn::Sub': '${P}' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
