import { ALIAS_MAX_ADDITIONAL_VERSIONS, ALIAS_ROUTING_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { additionalVersions } from './versioning-lookups';

/** A weighted alias routes to at most one additional version (alias-routing-max-one). */
export const aliasRoutingMaxOne: Rule = {
  id: 'LambdaKit.Alias.RoutingMaxOneVersion',
  severity: Severity.ERROR,
  constraint: 'An alias points to at most two versions: RoutingConfig.AdditionalVersionWeights holds at most one additional version.',
  source: ALIAS_ROUTING_DOC,
  resourceTypes: ['AWS::Lambda::Alias'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const alias of model.ofType('AWS::Lambda::Alias')) {
      const weights = additionalVersions(alias);
      if (weights && weights.length > ALIAS_MAX_ADDITIONAL_VERSIONS) {
        findings.push({
          resource: alias,
          property: 'RoutingConfig.AdditionalVersionWeights',
          value: weights,
          limit: `at most ${ALIAS_MAX_ADDITIONAL_VERSIONS} additional version (an alias points to at most two versions)`,
          fix: 'Route the alias to its main version and a single additional version; shift traffic between more versions with several aliases or in steps.',
        });
      }
    }
    return findings;
  },
};
