import { ALIAS_ROUTING_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { stringValue } from '../values';
import { additionalVersions } from './versioning-lookups';

/** With weighted routing, both versions are published: never $LATEST; additional versions are version numbers (alias-routing-published). */
export const aliasRoutingPublished: Rule = {
  id: 'LambdaKit.Alias.RoutingPublishedVersions',
  severity: Severity.ERROR,
  constraint: 'An alias with weighted routing points to two published versions: its FunctionVersion is not $LATEST and each additional version is a version number.',
  source: ALIAS_ROUTING_DOC,
  resourceTypes: ['AWS::Lambda::Alias'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const alias of model.ofType('AWS::Lambda::Alias')) {
      const weights = additionalVersions(alias);
      if (!weights || weights.length === 0) continue;
      const primary = stringValue(alias.properties.FunctionVersion);
      if (primary === '$LATEST') {
        findings.push({
          resource: alias,
          property: 'FunctionVersion',
          value: primary,
          limit: 'a published version when the alias has a RoutingConfig (an alias with routing cannot point to $LATEST)',
          fix: 'Publish a version (function.currentVersion) and point the alias at it.',
        });
      }
      weights.forEach((entry, index) => {
        const version = stringValue(entry.FunctionVersion);
        if (version !== undefined && !/^[0-9]+$/.test(version)) {
          findings.push({
            resource: alias,
            property: `RoutingConfig.AdditionalVersionWeights.${index}.FunctionVersion`,
            value: version,
            limit: 'the number of a published version (not $LATEST, an alias or an ARN)',
            fix: "Route to a published version's number (version.version).",
          });
        }
      });
    }
    return findings;
  },
};
