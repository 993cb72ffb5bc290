import { groupBy } from '../model';
import { PROVISIONED_CONCURRENCY_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { describeQualifier, provisionedConcurrencies } from './versioning-lookups';

/** One provisioned concurrency configuration per version: not on a version and its alias, not on two aliases of it (pc-one-per-version). */
export const provisionedConcurrencyOnePerVersion: Rule = {
  id: 'LambdaKit.ProvisionedConcurrency.OnePerVersion',
  severity: Severity.ERROR,
  constraint: 'A version has at most one provisioned concurrency configuration: not on both the version and an alias of it, and not on two aliases of the same version.',
  source: PROVISIONED_CONCURRENCY_DOC,
  resourceTypes: ['AWS::Lambda::Alias'],
  check({ model }) {
    const findings: Finding[] = [];
    const configs = provisionedConcurrencies(model);
    const groups = groupBy(configs, config => config.fn && config.version && config.version.key !== '' ? `${config.fn.key} ${config.version.key}` : undefined);
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const config of group.filter(c => c.resource.type === 'AWS::Lambda::Alias')) {
        const others = group.filter(other => other !== config).map(other => other.resource.path);
        findings.push({
          resource: config.resource,
          property: 'ProvisionedConcurrencyConfig',
          value: config.resource.properties.ProvisionedConcurrencyConfig,
          limit: `the only provisioned concurrency configuration of ${describeQualifier(config.version!)}, which ${others.join(', ')} also configure(s)`,
          fix: 'Configure provisioned concurrency on one alias (or on the version) only.',
        });
      }
    }
    return findings;
  },
};
