import { Aws } from 'aws-cdk-lib';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import { cfnDeploymentGroup, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.CodeDeploy.Name';

describe(RULE, () => {
  test.each([['my-app_1.0+x=y,z@w', false], ['a'.repeat(100), false], ['a'.repeat(101), true], ['my app', true], ['app/1', true]])('%j fails: %s', (name, fails) => {
    const { app, stack } = limitsApp();
    new codedeploy.CfnApplication(stack, 'App', { applicationName: name, computePlatform: 'Lambda' });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('checks deployment group and config names too, with the message', () => {
    const { app, stack } = limitsApp();
    cfnDeploymentGroup(stack, 'Group', { deploymentGroupName: 'has space' });
    new codedeploy.CfnDeploymentConfig(stack, 'Config', { computePlatform: 'Lambda', deploymentConfigName: 'x'.repeat(101), trafficRoutingConfig: { type: 'AllAtOnce' } });
    expect(ruleErrors(app, RULE)).toEqual([
      expect.stringContaining("Stack/Group: `DeploymentGroupName` must be 1 to 100 characters of letters, digits and ._+=,@-, got: 'has space'."),
      expect.stringContaining('Stack/Config: `DeploymentConfigName` must be 1 to 100 characters'),
    ]);
  });

  test('catches an override of an L2 application name', () => {
    const { app, stack } = limitsApp();
    const application = new codedeploy.LambdaApplication(stack, 'App');
    (application.node.defaultChild as codedeploy.CfnApplication).addPropertyOverride('ApplicationName', 'my app');
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining("Stack/App/Resource: `ApplicationName` must be 1 to 100 characters of letters, digits and ._+=,@-, got: 'my app'.")]);
  });

  test('does not flag a token name', () => {
    const { app, stack } = limitsApp();
    new codedeploy.CfnApplication(stack, 'App', { applicationName: `${Aws.STACK_NAME} app` });
    new codedeploy.CfnApplication(stack, 'App2').addPropertyOverride('ApplicationName', { Ref: 'N' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
