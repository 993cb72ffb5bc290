import { Duration } from 'aws-cdk-lib';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import { cfnDeploymentConfig, ruleErrors, ruleWarnings } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.CodeDeploy.TrafficPercentage';

describe(RULE, () => {
  test.each([
    ['canary', 1, false], ['canary', 99, false], ['canary', 0, true], ['canary', 100, true], ['linear', 1.5, true], ['linear', 50, false],
  ] as const)('%s %d%% warns: %s', (kind, percentage, warns) => {
    const { app, stack } = limitsApp();
    cfnDeploymentConfig(stack, 'Config', kind, percentage, 10);
    expect(ruleWarnings(app, RULE).length).toBe(warns ? 1 : 0);
  });

  test('catches an L2 LambdaDeploymentConfig (which does not check), as a warning with the message', () => {
    const { app, stack } = limitsApp();
    new codedeploy.LambdaDeploymentConfig(stack, 'Config', { trafficRouting: codedeploy.TrafficRouting.timeBasedCanary({ percentage: 100, interval: Duration.minutes(5) }) });
    expect(ruleErrors(app, RULE)).toEqual([]);
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining('Stack/Config/Resource: `TrafficRoutingConfig.TimeBasedCanary.CanaryPercentage` must be a whole number from 1 to 99, got: 100.')]);
  });

  test('does not flag a token, or a non-Lambda config', () => {
    const { app, stack } = limitsApp();
    cfnDeploymentConfig(stack, 'Config', 'canary', 10, 5).addPropertyOverride('TrafficRoutingConfig.TimeBasedCanary.CanaryPercentage', { Ref: 'P' });
    cfnDeploymentConfig(stack, 'Ecs', 'canary', 100, 5).addPropertyOverride('ComputePlatform', 'ECS');
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
