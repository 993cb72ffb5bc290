import { RESOURCE_POLICY_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { arnShape, principalService } from './versioning-lookups';

/**
 * A service principal should be scoped with SourceArn and, when the SourceArn carries no account (S3), SourceAccount
 * (confused-deputy protection; cfn-lint W3663; perm-s3-source-account). Advice, not a deploy failure.
 */
export const permissionSourceCondition: Rule = {
  id: 'LambdaKit.Permission.SourceCondition',
  severity: Severity.WARNING,
  constraint: 'A Permission for a service principal names the invoking resource: a SourceArn or SourceAccount, and SourceAccount too when the SourceArn has no account id (S3 buckets).',
  source: RESOURCE_POLICY_DOC,
  resourceTypes: ['AWS::Lambda::Permission'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const permission of model.ofType('AWS::Lambda::Permission')) {
      const { Principal, SourceArn, SourceAccount, EventSourceToken, PrincipalOrgID } = permission.properties;
      if (!principalService(Principal) || SourceAccount !== undefined || EventSourceToken !== undefined || PrincipalOrgID !== undefined) continue;
      if (SourceArn === undefined) {
        findings.push({
          resource: permission,
          property: 'SourceArn',
          value: undefined,
          limit: `set for the service principal ${Principal} (or SourceAccount), so that only your resources can invoke the function`,
          fix: 'Pass sourceArn (and sourceAccount) to addPermission / grantInvoke, or use the service integration that sets them.',
        });
      } else if (arnShape(model, permission, SourceArn)?.accountEmpty === true) {
        findings.push({
          resource: permission,
          property: 'SourceAccount',
          value: undefined,
          limit: 'set when the SourceArn has no account id (a bucket name can be re-created by another account)',
          fix: 'Add sourceAccount (your account id) next to the bucket ARN.',
        });
      }
    }
    return findings;
  },
};
