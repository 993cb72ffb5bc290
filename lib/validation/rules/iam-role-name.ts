import { IAM_QUOTAS_DOC, IAM_ROLE_NAME_MAX } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { stringValue } from '../values';

const NAME = /^[\w+=,.@-]+$/;

/** RoleName: 1 to 64 characters of [\w+=,.@-] (iam-role-name). */
export const iamRoleName: Rule = {
  id: 'LambdaKit.Iam.RoleName',
  severity: Severity.ERROR,
  constraint: `A role's RoleName is 1 to ${IAM_ROLE_NAME_MAX} characters of letters, digits and _+=,.@-.`,
  source: IAM_QUOTAS_DOC,
  resourceTypes: ['AWS::IAM::Role'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const role of model.ofType('AWS::IAM::Role')) {
      const name = stringValue(role.properties.RoleName);
      if (name === undefined || (name.length <= IAM_ROLE_NAME_MAX && NAME.test(name))) continue;
      findings.push({
        resource: role,
        property: 'RoleName',
        value: name,
        limit: `1 to ${IAM_ROLE_NAME_MAX} characters of letters, digits and _+=,.@-`,
        fix: 'Shorten the name or drop the other characters (or leave RoleName out and let CloudFormation generate one).',
      });
    }
    return findings;
  },
};
