import { Duration } from 'aws-cdk-lib';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import { cfnDeploymentConfig, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.CodeDeploy.TrafficRoutingType';

describe(RULE, () => {
  test.each([
    ['TimeBasedCanary', false], ['TimeBasedLinear', true], ['AllAtOnce', true], ['Canary', true],
  ])('Type %s with a canary block fails: %s', (type, fails) => {
    const { app, stack } = limitsApp();
    cfnDeploymentConfig(stack, 'Config', 'canary', 10, 5).addPropertyOverride('TrafficRoutingConfig.Type', type);
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('AllAtOnce without blocks is fine', () => {
    const { app, stack } = limitsApp();
    new codedeploy.CfnDeploymentConfig(stack, 'Config', { computePlatform: 'Lambda', trafficRoutingConfig: { type: 'AllAtOnce' } });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });

  test('catches an override of an L2 config, with the message', () => {
    const { app, stack } = limitsApp();
    const config = new codedeploy.LambdaDeploymentConfig(stack, 'Config', { trafficRouting: codedeploy.TrafficRouting.timeBasedCanary({ percentage: 10, interval: Duration.minutes(5) }) });
    (config.node.defaultChild as codedeploy.CfnDeploymentConfig).addPropertyOverride('TrafficRoutingConfig.Type', 'TimeBasedLinear');
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/Config/Resource: `TrafficRoutingConfig` must be a config with exactly a TimeBasedLinear block when Type is TimeBasedLinear')]);
  });

  test('does not flag a token type', () => {
    const { app, stack } = limitsApp();
    cfnDeploymentConfig(stack, 'Config', 'canary', 10, 5).addPropertyOverride('TrafficRoutingConfig.Type', { Ref: 'T' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
