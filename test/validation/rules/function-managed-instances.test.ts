import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.ManagedInstances';
const LMI = 'CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig';
const CAPACITY_PROVIDER = 'arn:aws:lambda:us-east-1:123456789012:capacity-provider:cp';

describe(RULE, () => {
  test.each([
    [`${LMI}.PerExecutionEnvironmentMaxConcurrency`, 1, false], [`${LMI}.PerExecutionEnvironmentMaxConcurrency`, 1_600, false],
    [`${LMI}.PerExecutionEnvironmentMaxConcurrency`, 0, true], [`${LMI}.PerExecutionEnvironmentMaxConcurrency`, 1_601, true],
    [`${LMI}.ExecutionEnvironmentMemoryGiBPerVCpu`, 2, false], [`${LMI}.ExecutionEnvironmentMemoryGiBPerVCpu`, 8, false],
    [`${LMI}.ExecutionEnvironmentMemoryGiBPerVCpu`, 1, true], [`${LMI}.ExecutionEnvironmentMemoryGiBPerVCpu`, 9, true],
    ['FunctionScalingConfig.MaxExecutionEnvironments', 15_000, false], ['FunctionScalingConfig.MaxExecutionEnvironments', 15_001, true],
    ['FunctionScalingConfig.MinExecutionEnvironments', 0, false], ['FunctionScalingConfig.MinExecutionEnvironments', -1, true],
  ])('%s %d fails: %p', (property, value, fails) => {
    expect(findingsFor(RULE, { [`${LMI}.CapacityProviderArn`]: CAPACITY_PROVIDER, [property]: value })).toHaveLength(fails ? 1 : 0);
  });

  test.each([[3, 3, false], [4, 3, true]])('MinExecutionEnvironments %d with Max %d fails: %p', (min, max, fails) => {
    const scaling = { MinExecutionEnvironments: min, MaxExecutionEnvironments: max };
    expect(findingsFor(RULE, { FunctionScalingConfig: scaling })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Managed');
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('CapacityProviderConfig', {
      LambdaManagedInstancesCapacityProviderConfig: { CapacityProviderArn: CAPACITY_PROVIDER, PerExecutionEnvironmentMaxConcurrency: 2_000 },
    });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Managed/Resource: \`${LMI}.PerExecutionEnvironmentMaxConcurrency\` must be a whole number from 1 to 1,600, got: 2000.`,
    )]);
  });

  test('does not flag parameters', () => {
    expect(findingsFor(RULE, { FunctionScalingConfig: { MinExecutionEnvironments: { Ref: 'Min' }, MaxExecutionEnvironments: 1 } })).toEqual([]);
  });
});
