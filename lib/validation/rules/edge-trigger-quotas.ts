import { Token } from 'aws-cdk-lib';
import type { ModelResource } from '../model';
import { EDGE_DISTRIBUTIONS_WITH_TRIGGERS_MAX, EDGE_QUOTAS_DOC, EDGE_TRIGGERS_PER_DISTRIBUTION_MAX } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { edgeAssociations } from './edge-lookups';

/** At most 100 Lambda@Edge triggers per distribution, and 25 distributions with triggers per account (edge-trigger-quotas; adjustable). */
export const edgeTriggerQuotas: Rule = {
  id: 'LambdaKit.Edge.TriggerQuotas',
  severity: Severity.WARNING,
  constraint: `A distribution has at most ${EDGE_TRIGGERS_PER_DISTRIBUTION_MAX} Lambda@Edge triggers, and an account at most ${EDGE_DISTRIBUTIONS_WITH_TRIGGERS_MAX} distributions with triggers (default quotas).`,
  source: EDGE_QUOTAS_DOC,
  resourceTypes: ['AWS::CloudFront::Distribution'],
  check({ model }) {
    const triggers = new Map<ModelResource, number>();
    for (const association of edgeAssociations(model)) triggers.set(association.distribution, (triggers.get(association.distribution) ?? 0) + 1);
    const findings: Finding[] = [];
    const byAccount = new Map<string, ModelResource[]>();
    for (const [distribution, count] of triggers) {
      const account = Token.isUnresolved(distribution.stack.account) ? 'unknown' : distribution.stack.account;
      byAccount.set(account, [...(byAccount.get(account) ?? []), distribution]);
      if (count <= EDGE_TRIGGERS_PER_DISTRIBUTION_MAX) continue;
      findings.push({
        resource: distribution,
        property: 'DistributionConfig',
        value: `${count} Lambda@Edge triggers`,
        limit: `at most ${EDGE_TRIGGERS_PER_DISTRIBUTION_MAX} triggers per distribution unless the quota was raised`,
        fix: 'Share one function across behaviors with path logic, or request a higher triggers-per-distribution quota.',
      });
    }
    for (const [account, distributions] of byAccount) {
      for (const distribution of distributions.slice(EDGE_DISTRIBUTIONS_WITH_TRIGGERS_MAX)) {
        findings.push({
          resource: distribution,
          property: 'DistributionConfig',
          value: `distribution ${distributions.indexOf(distribution) + 1} with triggers in ${account === 'unknown' ? 'environment-agnostic stacks' : `account ${account}`}`,
          limit: `one of at most ${EDGE_DISTRIBUTIONS_WITH_TRIGGERS_MAX} distributions with Lambda@Edge triggers per account unless the quota was raised`,
          fix: 'Request a higher quota for distributions with Lambda@Edge triggers, or use CloudFront Functions where they suffice.',
        });
      }
    }
    return findings;
  },
};
