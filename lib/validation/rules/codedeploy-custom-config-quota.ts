import { Token } from 'aws-cdk-lib';
import type { ModelResource } from '../model';
import { CODEDEPLOY_CUSTOM_CONFIGS_MAX, CODEDEPLOY_QUOTAS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { DEPLOYMENT_CONFIG } from './codedeploy-lookups';

/** At most 50 custom deployment configs per account and Region (cd-custom-configs-quota); the app's own are counted. */
export const codeDeployCustomConfigQuota: Rule = {
  id: 'LambdaKit.CodeDeploy.CustomConfigQuota',
  severity: Severity.WARNING,
  constraint: `The app defines at most ${CODEDEPLOY_CUSTOM_CONFIGS_MAX} custom deployment configs per account and Region (configs that exist outside the app count too).`,
  source: CODEDEPLOY_QUOTAS_DOC,
  resourceTypes: [DEPLOYMENT_CONFIG],
  check({ model }) {
    const byEnvironment = new Map<string, ModelResource[]>();
    for (const config of model.ofType(DEPLOYMENT_CONFIG)) {
      const { account, region } = config.stack;
      // Stacks of unknown environment may deploy anywhere: counted together, as one guess.
      const key = Token.isUnresolved(account) || Token.isUnresolved(region) ? 'unknown' : `${account}/${region}`;
      byEnvironment.set(key, [...(byEnvironment.get(key) ?? []), config]);
    }
    const findings: Finding[] = [];
    for (const [environment, group] of byEnvironment) {
      for (const config of group.slice(CODEDEPLOY_CUSTOM_CONFIGS_MAX)) {
        findings.push({
          resource: config,
          property: 'DeploymentConfig',
          value: `custom deployment config ${group.indexOf(config) + 1} of ${group.length} in ${environment === 'unknown' ? 'environment-agnostic stacks' : environment}`,
          limit: `one of at most ${CODEDEPLOY_CUSTOM_CONFIGS_MAX} custom deployment configs per account and Region`,
          fix: 'Share deployment configs between deployment groups, or use the predefined LambdaDeploymentConfig constants.',
        });
      }
    }
    return findings;
  },
};
