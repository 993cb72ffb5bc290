import type { ModelResource } from '../model';
import { IAM_QUOTAS_DOC, IAM_ROLE_INLINE_POLICIES_MAX_CHARS } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { arrayValue, formatNumber, objectValue } from '../values';
import { policySize } from './iam-lookups';

/**
 * A role's inline policies together: at most 10,240 characters without whitespace (iam-role-inline-aggregate).
 * Counts the role's own Policies and the AWS::IAM::Policy resources attached to it by reference, summing only the
 * documents the app fully knows: a sum of those above the limit is over it whatever the others hold.
 */
export const iamRoleInlinePolicySize: Rule = {
  id: 'LambdaKit.Iam.RoleInlinePolicySize',
  severity: Severity.ERROR,
  constraint: `A role's inline policies (its Policies and the AWS::IAM::Policy resources attached to it) total at most ${formatNumber(IAM_ROLE_INLINE_POLICIES_MAX_CHARS)} characters without whitespace, counting the documents fully known at synth.`,
  source: IAM_QUOTAS_DOC,
  resourceTypes: ['AWS::IAM::Role'],
  check({ model }) {
    const attached = new Map<ModelResource, unknown[]>();
    for (const policy of model.ofType('AWS::IAM::Policy')) {
      for (const roleValue of arrayValue(policy.properties.Roles) ?? []) {
        const role = model.referenced(policy, roleValue);
        if (role?.type !== 'AWS::IAM::Role') continue;
        const documents = attached.get(role);
        if (documents) documents.push(policy.properties.PolicyDocument);
        else attached.set(role, [policy.properties.PolicyDocument]);
      }
    }
    const findings: Finding[] = [];
    for (const role of model.ofType('AWS::IAM::Role')) {
      const own = (arrayValue(role.properties.Policies) ?? []).map(policy => objectValue(policy)?.PolicyDocument);
      const documents = [...own, ...(attached.get(role) ?? [])];
      const total = documents.reduce<number>((sum, document) => sum + (policySize(document) ?? 0), 0);
      if (total <= IAM_ROLE_INLINE_POLICIES_MAX_CHARS) continue;
      findings.push({
        resource: role,
        property: 'Policies',
        value: `${formatNumber(total)} characters in ${documents.length} inline policies`,
        limit: `at most ${formatNumber(IAM_ROLE_INLINE_POLICIES_MAX_CHARS)} characters without whitespace for all inline policies of the role together`,
        fix: 'Move statements into customer managed policies (each up to 6,144 characters) attached to the role.',
      });
    }
    return findings;
  },
};
