import { ALIAS_ROUTING_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { additionalVersions, aliasVersion, versionOf } from './versioning-lookups';

/** The additional version differs from the alias's main version (alias-routing-distinct, UNVERIFIED). */
export const aliasRoutingDistinct: Rule = {
  id: 'LambdaKit.Alias.RoutingDistinctVersions',
  severity: Severity.WARNING,
  constraint: "UNVERIFIED: an alias's additional routing version differs from its FunctionVersion (routing a version to itself does nothing and may be rejected).",
  source: ALIAS_ROUTING_DOC,
  resourceTypes: ['AWS::Lambda::Alias'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const alias of model.ofType('AWS::Lambda::Alias')) {
      const primary = aliasVersion(model, alias);
      if (!primary || primary.key === '') continue;
      (additionalVersions(alias) ?? []).forEach((entry, index) => {
        if (versionOf(model, alias, entry.FunctionVersion)?.key === primary.key) {
          findings.push({
            resource: alias,
            property: `RoutingConfig.AdditionalVersionWeights.${index}.FunctionVersion`,
            value: entry.FunctionVersion,
            limit: "a different version than the alias's FunctionVersion",
            fix: 'Route the additional weight to the new version you are shifting traffic to, or remove the RoutingConfig.',
          });
        }
      });
    }
    return findings;
  },
};
