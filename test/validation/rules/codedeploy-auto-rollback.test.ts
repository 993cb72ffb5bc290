import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnDeploymentGroup, l2Function, ruleWarnings } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.CodeDeploy.AutoRollback';

describe(RULE, () => {
  test.each([
    [true, ['DEPLOYMENT_FAILURE'], false, 0], [true, [], false, 1], [true, undefined, false, 1], [false, ['DEPLOYMENT_FAILURE'], false, 1],
    [true, ['DEPLOYMENT_STOP_ON_ALARM'], false, 1], [true, ['DEPLOYMENT_STOP_ON_ALARM'], true, 0], [false, undefined, false, 0],
  ])('enabled %s, events %j, alarms %s: %d warnings', (enabled, events, withAlarms, count) => {
    const { app, stack } = limitsApp();
    cfnDeploymentGroup(stack, 'Group', {
      autoRollbackConfiguration: { enabled, events },
      alarmConfiguration: withAlarms ? { enabled: true, alarms: [{ name: 'errors' }] } : undefined,
    });
    expect(ruleWarnings(app, RULE)).toHaveLength(count);
  });

  test('catches an override of an L2 group that keeps DEPLOYMENT_STOP_ON_ALARM without alarms, with the message', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    const group = new codedeploy.LambdaDeploymentGroup(stack, 'Group', { alias: new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion }) });
    (group.node.defaultChild as codedeploy.CfnDeploymentGroup).addPropertyOverride('AutoRollbackConfiguration.Events', ['DEPLOYMENT_STOP_ON_ALARM']);
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(
      'Stack/Group/Resource: `AutoRollbackConfiguration.Events` must be without DEPLOYMENT_STOP_ON_ALARM unless the group has enabled alarms, got: ["DEPLOYMENT_STOP_ON_ALARM"].',
    )]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    cfnDeploymentGroup(stack, 'Group', { autoRollbackConfiguration: { enabled: true } }).addPropertyOverride('AutoRollbackConfiguration.Events', { Ref: 'E' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
