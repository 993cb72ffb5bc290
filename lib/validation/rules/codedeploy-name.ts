import { CODEDEPLOY_NAME_MAX, CODEDEPLOY_QUOTAS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { stringValue } from '../values';
import { APPLICATION, DEPLOYMENT_CONFIG, DEPLOYMENT_GROUP } from './codedeploy-lookups';

const NAME = /^[a-zA-Z0-9._+=,@-]+$/;
const NAME_PROPERTIES: [string, string][] = [
  [APPLICATION, 'ApplicationName'], [DEPLOYMENT_GROUP, 'DeploymentGroupName'], [DEPLOYMENT_CONFIG, 'DeploymentConfigName'],
];

/** CodeDeploy application, deployment group and deployment config names: 1 to 100 characters of [a-zA-Z0-9._+=,@-] (cd-name). */
export const codeDeployName: Rule = {
  id: 'LambdaKit.CodeDeploy.Name',
  severity: Severity.ERROR,
  constraint: `CodeDeploy application, deployment group and deployment config names are 1 to ${CODEDEPLOY_NAME_MAX} characters of letters, digits and ._+=,@-.`,
  source: CODEDEPLOY_QUOTAS_DOC,
  resourceTypes: [APPLICATION, DEPLOYMENT_GROUP, DEPLOYMENT_CONFIG],
  check({ model }) {
    const findings: Finding[] = [];
    for (const [type, property] of NAME_PROPERTIES) {
      for (const resource of model.ofType(type)) {
        const name = stringValue(resource.properties[property]);
        if (name === undefined || (name.length <= CODEDEPLOY_NAME_MAX && NAME.test(name))) continue;
        findings.push({
          resource,
          property,
          value: name,
          limit: `1 to ${CODEDEPLOY_NAME_MAX} characters of letters, digits and ._+=,@-`,
          fix: 'Shorten the name or drop the other characters (or leave it out and let CloudFormation generate one).',
        });
      }
    }
    return findings;
  },
};
