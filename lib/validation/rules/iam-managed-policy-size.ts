import { IAM_MANAGED_POLICY_MAX_CHARS, IAM_QUOTAS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { formatNumber } from '../values';
import { policySize } from './iam-lookups';

/** A managed policy's document: at most 6,144 characters without whitespace (iam-managed-policy-size). */
export const iamManagedPolicySize: Rule = {
  id: 'LambdaKit.Iam.ManagedPolicySize',
  severity: Severity.ERROR,
  constraint: `An AWS::IAM::ManagedPolicy document, when fully known at synth, is at most ${formatNumber(IAM_MANAGED_POLICY_MAX_CHARS)} characters (whitespace not counted).`,
  source: IAM_QUOTAS_DOC,
  resourceTypes: ['AWS::IAM::ManagedPolicy'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const policy of model.ofType('AWS::IAM::ManagedPolicy')) {
      const size = policySize(policy.properties.PolicyDocument);
      if (size === undefined || size <= IAM_MANAGED_POLICY_MAX_CHARS) continue;
      findings.push({
        resource: policy,
        property: 'PolicyDocument',
        value: `${formatNumber(size)} characters`,
        limit: `at most ${formatNumber(IAM_MANAGED_POLICY_MAX_CHARS)} characters without whitespace`,
        fix: 'Split the statements over several managed policies, or merge statements (several actions and resources per statement).',
      });
    }
    return findings;
  },
};
