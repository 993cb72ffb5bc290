import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnDeploymentGroup, l2Function, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.CodeDeploy.AlarmCount';
const alarms = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `alarm-${i}` }));

describe(RULE, () => {
  test.each([[10, false], [11, true]])('%d alarms fail: %s', (count, fails) => {
    const { app, stack } = limitsApp();
    cfnDeploymentGroup(stack, 'Group', { alarmConfiguration: { enabled: true, alarms: alarms(count) } });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an L2 LambdaDeploymentGroup with 11 alarms, with the message', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    new codedeploy.LambdaDeploymentGroup(stack, 'Group', {
      alias: new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion }),
      alarms: Array.from({ length: 11 }, (_, i) => new cloudwatch.Alarm(stack, `Alarm${i}`, { metric: fn.metricErrors(), threshold: 1, evaluationPeriods: 1 })),
    });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining("Stack/Group/Resource: `AlarmConfiguration.Alarms` must be at most 10 alarms, got: '11 alarms'.")]);
  });

  test('does not flag a token list', () => {
    const { app, stack } = limitsApp();
    cfnDeploymentGroup(stack, 'Group').addPropertyOverride('AlarmConfiguration.Alarms', { Ref: 'A' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
