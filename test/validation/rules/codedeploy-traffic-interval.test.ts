import { Duration } from 'aws-cdk-lib';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import { cfnDeploymentConfig, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.CodeDeploy.TrafficInterval';

describe(RULE, () => {
  test.each([
    ['canary', 10, 1, false], ['canary', 10, 0, true], ['canary', 10, 1.5, true], ['canary', 10, 2_880, false], ['canary', 10, 2_881, true],
    // linear 10 %: 9 shifts after the first; 9 x 320 = 2,880 fits, 9 x 321 does not
    ['linear', 10, 320, false], ['linear', 10, 321, true], ['linear', 1, 29, false], ['linear', 1, 30, true], ['linear', 30, 960, false], ['linear', 30, 961, true],
  ] as const)('%s %d%% every %d min fails: %s', (kind, percentage, interval, fails) => {
    const { app, stack } = limitsApp();
    cfnDeploymentConfig(stack, 'Config', kind, percentage, interval);
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an L2 linear config that runs for more than 48 hours, with the message', () => {
    const { app, stack } = limitsApp();
    new codedeploy.LambdaDeploymentConfig(stack, 'Config', { trafficRouting: codedeploy.TrafficRouting.timeBasedLinear({ percentage: 1, interval: Duration.minutes(60) }) });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      'Stack/Config/Resource: `TrafficRoutingConfig.TimeBasedLinear.LinearInterval` must be small enough that the 99 shifts after the first end within 2,880 minutes (48 hours), but they take 5,940 minutes, got: 60.',
    )]);
  });

  test('does not flag a token interval', () => {
    const { app, stack } = limitsApp();
    cfnDeploymentConfig(stack, 'Config', 'canary', 10, 5).addPropertyOverride('TrafficRoutingConfig.TimeBasedCanary.CanaryInterval', { Ref: 'I' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
