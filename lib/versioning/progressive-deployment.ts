import { Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { Deployment } from './deployment';
import { createScopedIdentity } from '../iam/execution-role';
import { CustomerManagedKey } from '../iam/customer-managed-key';

/** What a progressive deployment of the live alias needs. */
export interface ProgressiveDeploymentOptions {
  readonly alias: lambda.Alias;
  readonly deployment: Deployment;
  readonly alarmTopic?: sns.ITopic;
  readonly alarms: cloudwatch.IAlarm[];
  readonly latencyAlarmThreshold?: Duration;
  readonly latencyAlarmPercentile: number;
  readonly preTrafficHook?: lambda.IFunction;
  readonly postTrafficHook?: lambda.IFunction;
}

/** The resources of a progressive deployment. */
export interface ProgressiveDeploymentResources {
  readonly deploymentGroup: codedeploy.LambdaDeploymentGroup;
  readonly alarms: cloudwatch.IAlarm[];
  readonly alarmTopic: sns.ITopic;
  readonly role: iam.IRole;
}

/**
 * A CodeDeploy deployment group for the live alias: alarms on the alias's errors and throttles (and
 * optionally a latency percentile), each notifying an encrypted topic; automatic rollback on alarm, on
 * failure and on stop; a role whose only permissions are on this alias and these alarms.
 */
export function createProgressiveDeployment(scope: Construct, options: ProgressiveDeploymentOptions): ProgressiveDeploymentResources {
  const alias = options.alias;
  const alarmTopic = options.alarmTopic ?? createAlarmTopic(scope);
  const action = new cloudwatchActions.SnsAction(alarmTopic);
  const oneMinute = { period: Duration.minutes(1), statistic: cloudwatch.Stats.SUM };
  const created = [
    alias.metricErrors(oneMinute).createAlarm(scope, 'ErrorsAlarm', {
      alarmDescription: `Errors of ${alias.node.path} during and after a deployment: rolls the deployment back`,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }),
    alias.metricThrottles(oneMinute).createAlarm(scope, 'ThrottlesAlarm', {
      alarmDescription: `Throttles of ${alias.node.path}: rolls the deployment back`,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }),
  ];
  if (options.latencyAlarmThreshold) {
    created.push(alias.metricDuration({ period: Duration.minutes(1), statistic: `p${options.latencyAlarmPercentile}` }).createAlarm(scope, 'LatencyAlarm', {
      alarmDescription: `p${options.latencyAlarmPercentile} duration of ${alias.node.path} above ${options.latencyAlarmThreshold.toMilliseconds()} ms`,
      threshold: options.latencyAlarmThreshold.toMilliseconds(),
      evaluationPeriods: 2,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }));
  }
  created.forEach(alarm => alarm.addAlarmAction(action));
  const alarms: cloudwatch.IAlarm[] = [...created, ...options.alarms];

  const identity = createScopedIdentity(scope, {
    service: 'codedeploy.amazonaws.com', roleId: 'DeploymentRole', policyId: 'DeploymentPolicy', purpose: 'CodeDeploy role',
  });
  // What AWSCodeDeployRoleForLambdaLimited allows, narrowed to this alias and these alarms.
  identity.policy.addStatements(
    new iam.PolicyStatement({
      sid: 'ShiftLiveAliasTraffic',
      actions: ['lambda:GetAlias', 'lambda:UpdateAlias', 'lambda:GetProvisionedConcurrencyConfig'],
      resources: [alias.functionArn],
    }),
    new iam.PolicyStatement({
      sid: 'ReadDeploymentAlarms',
      actions: ['cloudwatch:DescribeAlarms'],
      resources: alarms.map(alarm => alarm.alarmArn),
    }),
  );

  const deploymentGroup = new codedeploy.LambdaDeploymentGroup(scope, 'DeploymentGroup', {
    alias,
    deploymentConfig: options.deployment._bind(scope),
    alarms,
    role: identity.role,
    preHook: options.preTrafficHook,
    postHook: options.postTrafficHook,
    autoRollback: { failedDeployment: true, stoppedDeployment: true, deploymentInAlarm: true },
  });
  return { deploymentGroup, alarms, alarmTopic, role: identity.role };
}

/** An SNS topic for deployment alarms, encrypted with a key CloudWatch may use, SSL-only. */
function createAlarmTopic(scope: Construct): sns.ITopic {
  const stack = Stack.of(scope);
  const key = new CustomerManagedKey(scope, 'AlarmTopicKey', { description: `Encrypts the deployment alarm topic of ${scope.node.path}` });
  // CloudWatch publishes alarm notifications to the encrypted topic: it needs the key, for this account's alarms only.
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowCloudWatchAlarmsOfThisAccount',
    principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
    actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
    resources: ['*'],
    conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
  }));
  const topic = new sns.Topic(scope, 'AlarmTopic', {
    displayName: `Deployment alarms of ${scope.node.path}`.slice(0, 100),
    masterKey: key,
    enforceSSL: true,
  });
  // Subscriptions are the subscriber's: cdk-nag's Serverless-SNSRedrivePolicy judges each one, unacknowledged.
  return topic;
}
