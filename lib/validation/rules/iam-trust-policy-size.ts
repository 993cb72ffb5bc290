import { IAM_QUOTAS_DOC, IAM_TRUST_POLICY_MAX_CHARS } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { formatNumber } from '../values';
import { policySize } from './iam-lookups';

/** A role's trust policy: at most 2,048 characters by default, up to 4,096 with a quota increase (iam-trust-policy-size, UNVERIFIED values). */
export const iamTrustPolicySize: Rule = {
  id: 'LambdaKit.Iam.TrustPolicySize',
  severity: Severity.WARNING,
  constraint: `UNVERIFIED: a role's AssumeRolePolicyDocument, when fully known at synth, is at most ${formatNumber(IAM_TRUST_POLICY_MAX_CHARS)} characters (whitespace not counted) unless the account's quota was raised.`,
  source: IAM_QUOTAS_DOC,
  resourceTypes: ['AWS::IAM::Role'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const role of model.ofType('AWS::IAM::Role')) {
      const size = policySize(role.properties.AssumeRolePolicyDocument);
      if (size === undefined || size <= IAM_TRUST_POLICY_MAX_CHARS) continue;
      findings.push({
        resource: role,
        property: 'AssumeRolePolicyDocument',
        value: `${formatNumber(size)} characters`,
        limit: `at most ${formatNumber(IAM_TRUST_POLICY_MAX_CHARS)} characters without whitespace (the default quota)`,
        fix: 'Trust fewer principals per statement (or an organization condition instead of a list of accounts), or request a higher role trust policy length quota.',
      });
    }
    return findings;
  },
};
