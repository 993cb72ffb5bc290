import { CODEDEPLOY_ALARMS_MAX, CODEDEPLOY_QUOTAS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { DEPLOYMENT_GROUP, groupAlarms } from './codedeploy-lookups';

/** A deployment group watches at most 10 CloudWatch alarms ([CDQ]). */
export const codeDeployAlarmCount: Rule = {
  id: 'LambdaKit.CodeDeploy.AlarmCount',
  severity: Severity.ERROR,
  constraint: `A deployment group's AlarmConfiguration lists at most ${CODEDEPLOY_ALARMS_MAX} alarms.`,
  source: CODEDEPLOY_QUOTAS_DOC,
  resourceTypes: [DEPLOYMENT_GROUP],
  check({ model }) {
    const findings: Finding[] = [];
    for (const group of model.ofType(DEPLOYMENT_GROUP)) {
      const alarms = groupAlarms(group);
      if (!alarms || alarms.length <= CODEDEPLOY_ALARMS_MAX) continue;
      findings.push({
        resource: group,
        property: 'AlarmConfiguration.Alarms',
        value: `${alarms.length} alarms`,
        limit: `at most ${CODEDEPLOY_ALARMS_MAX} alarms`,
        fix: 'Combine the alarms into a CloudWatch composite alarm and watch that one.',
      });
    }
    return findings;
  },
};
