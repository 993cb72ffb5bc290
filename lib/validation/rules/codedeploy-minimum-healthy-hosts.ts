import { CFN_DEPLOYMENT_CONFIG_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { DEPLOYMENT_CONFIG, lambdaDeploymentConfigs } from './codedeploy-lookups';

/** MinimumHealthyHosts is for the Server platform, not Lambda (cd-min-healthy-hosts). */
export const codeDeployMinimumHealthyHosts: Rule = {
  id: 'LambdaKit.CodeDeploy.MinimumHealthyHostsLambda',
  severity: Severity.ERROR,
  constraint: 'A deployment config with ComputePlatform Lambda sets no MinimumHealthyHosts (it applies to EC2/on-premises deployments only).',
  source: CFN_DEPLOYMENT_CONFIG_DOC,
  resourceTypes: [DEPLOYMENT_CONFIG],
  check({ model }) {
    return lambdaDeploymentConfigs(model.ofType(DEPLOYMENT_CONFIG))
      .filter(config => config.properties.MinimumHealthyHosts !== undefined)
      .map((config): Finding => ({
        resource: config,
        property: 'MinimumHealthyHosts',
        value: config.properties.MinimumHealthyHosts,
        limit: 'absent for ComputePlatform Lambda',
        fix: 'Remove MinimumHealthyHosts; a Lambda deployment shifts traffic with TrafficRoutingConfig instead.',
      }));
  },
};
