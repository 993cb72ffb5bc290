import { Duration } from 'aws-cdk-lib';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import { cfnDeploymentConfig, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.CodeDeploy.MinimumHealthyHostsLambda';

describe(RULE, () => {
  test.each([['Lambda', true], ['Server', false]])('MinimumHealthyHosts on %s fails: %s', (platform, fails) => {
    const { app, stack } = limitsApp();
    const config = cfnDeploymentConfig(stack, 'Config', 'canary', 10, 5);
    config.addPropertyOverride('ComputePlatform', platform);
    config.addPropertyOverride('MinimumHealthyHosts', { Type: 'HOST_COUNT', Value: 1 });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an override of an L2 config, with the message', () => {
    const { app, stack } = limitsApp();
    const config = new codedeploy.LambdaDeploymentConfig(stack, 'Config', { trafficRouting: codedeploy.TrafficRouting.timeBasedCanary({ percentage: 10, interval: Duration.minutes(5) }) });
    (config.node.defaultChild as codedeploy.CfnDeploymentConfig).addPropertyOverride('MinimumHealthyHosts', { Type: 'FLEET_PERCENT', Value: 50 });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/Config/Resource: `MinimumHealthyHosts` must be absent for ComputePlatform Lambda, got: {"Type":"FLEET_PERCENT","Value":50}.')]);
  });

  test('does not flag a token platform', () => {
    const { app, stack } = limitsApp();
    const config = cfnDeploymentConfig(stack, 'Config', 'canary', 10, 5);
    config.addPropertyOverride('ComputePlatform', { Ref: 'P' });
    config.addPropertyOverride('MinimumHealthyHosts', { Type: 'HOST_COUNT', Value: 1 });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
