import { CFN_DEPLOYMENT_GROUP_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { arrayValue, booleanValue, objectValue, pathValue } from '../values';
import { DEPLOYMENT_GROUP, groupAlarms } from './codedeploy-lookups';

/**
 * AutoRollbackConfiguration agrees with itself and with the alarms: enabled with events, DEPLOYMENT_STOP_ON_ALARM only with
 * enabled alarms (aws-cdk-lib's rule for its L2), events only when enabled.
 */
export const codeDeployAutoRollback: Rule = {
  id: 'LambdaKit.CodeDeploy.AutoRollback',
  severity: Severity.WARNING,
  constraint: 'A deployment group\'s AutoRollbackConfiguration, when enabled, lists Events; DEPLOYMENT_STOP_ON_ALARM comes with an enabled AlarmConfiguration that has alarms; Events are not listed on a disabled configuration.',
  source: CFN_DEPLOYMENT_GROUP_DOC,
  resourceTypes: [DEPLOYMENT_GROUP],
  check({ model }) {
    const findings: Finding[] = [];
    for (const group of model.ofType(DEPLOYMENT_GROUP)) {
      const rollback = objectValue(group.properties.AutoRollbackConfiguration);
      if (!rollback) continue;
      const enabled = booleanValue(rollback.Enabled);
      const events = rollback.Events === undefined ? [] : arrayValue(rollback.Events);
      if (enabled === undefined || !events) continue;
      const add = (property: string, value: unknown, limit: string, fix: string) => findings.push({ resource: group, property, value, limit, fix });
      if (enabled && events.length === 0) {
        add('AutoRollbackConfiguration.Events', rollback.Events, 'a non-empty list when auto-rollback is enabled', 'List the events that roll back (DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM), or disable auto-rollback.');
      }
      if (!enabled && events.length > 0) {
        add('AutoRollbackConfiguration.Enabled', rollback.Enabled, 'true when Events are listed', 'Enable auto-rollback, or remove the events it would never act on.');
      }
      const alarms = groupAlarms(group);
      const alarmsEnabled = booleanValue(pathValue(group.properties, 'AlarmConfiguration.Enabled'));
      if (enabled && events.includes('DEPLOYMENT_STOP_ON_ALARM') && alarms && (alarms.length === 0 || alarmsEnabled === false)) {
        add('AutoRollbackConfiguration.Events', rollback.Events, 'without DEPLOYMENT_STOP_ON_ALARM unless the group has enabled alarms',
          'Add CloudWatch alarms to the deployment group (AlarmConfiguration), or remove DEPLOYMENT_STOP_ON_ALARM.');
      }
    }
    return findings;
  },
};
