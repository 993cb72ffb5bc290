import { PROVISIONED_CONCURRENCY_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { additionalVersions } from './versioning-lookups';

/** Provisioned concurrency on an alias cannot be managed while it has a routing configuration (pc-vs-routing). */
export const provisionedConcurrencyRouting: Rule = {
  id: 'LambdaKit.ProvisionedConcurrency.WithRouting',
  severity: Severity.WARNING,
  constraint: "An alias's provisioned concurrency cannot be changed while the alias has a routing configuration: a canary shift and a provisioned-concurrency change in one deployment can fail.",
  source: PROVISIONED_CONCURRENCY_DOC,
  resourceTypes: ['AWS::Lambda::Alias'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const alias of model.ofType('AWS::Lambda::Alias')) {
      const weights = additionalVersions(alias);
      if (alias.properties.ProvisionedConcurrencyConfig !== undefined && weights && weights.length > 0) {
        findings.push({
          resource: alias,
          property: 'ProvisionedConcurrencyConfig',
          value: alias.properties.ProvisionedConcurrencyConfig,
          limit: 'unchanged while the alias has a RoutingConfig (Lambda refuses to manage it during weighted routing)',
          fix: 'Change provisioned concurrency only when the alias routes to a single version, or put it on the versions instead of the weighted alias.',
        });
      }
    }
    return findings;
  },
};
