import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.DurableConfig';

describe(RULE, () => {
  test.each([
    ['DurableConfig.ExecutionTimeout', 1, false], ['DurableConfig.ExecutionTimeout', 31_622_400, false],
    ['DurableConfig.ExecutionTimeout', 0, true], ['DurableConfig.ExecutionTimeout', 31_622_401, true],
    ['DurableConfig.RetentionPeriodInDays', 1, false], ['DurableConfig.RetentionPeriodInDays', 90, false],
    ['DurableConfig.RetentionPeriodInDays', 0, true], ['DurableConfig.RetentionPeriodInDays', 91, true],
  ])('%s %d fails: %p', (property, value, fails) => {
    expect(findingsFor(RULE, { [property]: value })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Durable');
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('DurableConfig', { ExecutionTimeout: 3600, RetentionPeriodInDays: 365 });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Durable/Resource: \`DurableConfig.RetentionPeriodInDays\` must be a whole number of days from 1 to 90, got: 365.`,
    )]);
  });

  test('does not flag a parameter', () => {
    expect(findingsFor(RULE, { 'DurableConfig.ExecutionTimeout': { Ref: 'Timeout' } })).toEqual([]);
  });
});
