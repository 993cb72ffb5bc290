import { App, Aspects, Duration, Stack } from 'aws-cdk-lib';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import { cfnDeploymentConfig, ruleWarnings } from '../event-source-helpers';
import { limitsApp } from '../helpers';
import { LambdaLimits } from '../../../lib';

const RULE = 'LambdaKit.CodeDeploy.CustomConfigQuota';

describe(RULE, () => {
  test.each([[50, 0], [51, 1], [52, 2]])('%d configs in one environment: %d warnings', (count, warnings) => {
    const { app, stack } = limitsApp();
    for (let i = 0; i < count; i++) cfnDeploymentConfig(stack, `C${i}`, 'canary', 10, 5);
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('environments are counted apart; L2 configs count, with the message', () => {
    const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
    Aspects.of(app).add(new LambdaLimits());
    const east = new Stack(app, 'East', { env: { account: '123456789012', region: 'us-east-1' } });
    const west = new Stack(app, 'West', { env: { account: '123456789012', region: 'us-west-2' } });
    for (let i = 0; i < 50; i++) cfnDeploymentConfig(west, `C${i}`, 'canary', 10, 5);
    for (let i = 0; i < 51; i++) {
      new codedeploy.LambdaDeploymentConfig(east, `C${i}`, { trafficRouting: codedeploy.TrafficRouting.timeBasedCanary({ percentage: 10, interval: Duration.minutes(5) }) });
    }
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(
      "East/C50/Resource: `DeploymentConfig` must be one of at most 50 custom deployment configs per account and Region, got: 'custom deployment config 51 of 51 in 123456789012/us-east-1'.",
    )]);
  });
});
