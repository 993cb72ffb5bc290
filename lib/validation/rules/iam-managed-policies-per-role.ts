import type { ModelResource } from '../model';
import { IAM_MANAGED_POLICIES_PER_ROLE_DEFAULT, IAM_MANAGED_POLICIES_PER_ROLE_MAX, IAM_QUOTAS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { arrayValue } from '../values';

/**
 * Managed policies attached to a role (its ManagedPolicyArns and the AWS::IAM::ManagedPolicy resources naming it in
 * Roles): 10 by default (a warning), 20 at most with a quota increase (an error) (iam-managed-per-role).
 */
export const iamManagedPoliciesPerRole: Rule = {
  id: 'LambdaKit.Iam.ManagedPoliciesPerRole',
  severity: Severity.ERROR,
  constraint: `A role has at most ${IAM_MANAGED_POLICIES_PER_ROLE_DEFAULT} managed policies attached by default (a warning) and at most ${IAM_MANAGED_POLICIES_PER_ROLE_MAX} with a quota increase (an error).`,
  source: IAM_QUOTAS_DOC,
  resourceTypes: ['AWS::IAM::Role'],
  check({ model }) {
    const attached = new Map<ModelResource, number>();
    for (const policy of model.ofType('AWS::IAM::ManagedPolicy')) {
      for (const roleValue of arrayValue(policy.properties.Roles) ?? []) {
        const role = model.referenced(policy, roleValue);
        if (role?.type === 'AWS::IAM::Role') attached.set(role, (attached.get(role) ?? 0) + 1);
      }
    }
    const findings: Finding[] = [];
    for (const role of model.ofType('AWS::IAM::Role')) {
      const arnsValue = role.properties.ManagedPolicyArns;
      const arns = arnsValue === undefined ? [] : arrayValue(arnsValue);
      if (!arns) continue;
      const count = arns.length + (attached.get(role) ?? 0);
      if (count <= IAM_MANAGED_POLICIES_PER_ROLE_DEFAULT) continue;
      const overMax = count > IAM_MANAGED_POLICIES_PER_ROLE_MAX;
      findings.push({
        resource: role,
        property: 'ManagedPolicyArns',
        value: `${count} managed policies`,
        limit: overMax
          ? `at most ${IAM_MANAGED_POLICIES_PER_ROLE_MAX} managed policies (the most a quota increase allows)`
          : `at most ${IAM_MANAGED_POLICIES_PER_ROLE_DEFAULT} managed policies unless the account's quota was raised (up to ${IAM_MANAGED_POLICIES_PER_ROLE_MAX})`,
        fix: overMax
          ? 'Merge managed policies so that the role has at most 20.'
          : 'Merge managed policies, or request a higher managed-policies-per-role quota.',
        severity: overMax ? Severity.ERROR : Severity.WARNING,
      });
    }
    return findings;
  },
};
