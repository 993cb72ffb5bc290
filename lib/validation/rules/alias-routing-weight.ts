import { ALIAS_ROUTING_API_DOC, ALIAS_WEIGHT_MAX, ALIAS_WEIGHT_MIN } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { numberValue } from '../values';
import { additionalVersions } from './versioning-lookups';

/** Each additional version's FunctionWeight is 0.0-1.0, and together they leave the main version a share (alias-routing-weight). */
export const aliasRoutingWeight: Rule = {
  id: 'LambdaKit.Alias.RoutingWeight',
  severity: Severity.ERROR,
  constraint: `Each FunctionWeight in an alias's AdditionalVersionWeights is from ${ALIAS_WEIGHT_MIN}.0 to ${ALIAS_WEIGHT_MAX}.0, and the weights add up to at most ${ALIAS_WEIGHT_MAX}.0.`,
  source: ALIAS_ROUTING_API_DOC,
  resourceTypes: ['AWS::Lambda::Alias'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const alias of model.ofType('AWS::Lambda::Alias')) {
      const weights = (additionalVersions(alias) ?? []).map(entry => numberValue(entry.FunctionWeight));
      weights.forEach((weight, index) => {
        if (weight !== undefined && (weight < ALIAS_WEIGHT_MIN || weight > ALIAS_WEIGHT_MAX)) {
          findings.push({
            resource: alias,
            property: `RoutingConfig.AdditionalVersionWeights.${index}.FunctionWeight`,
            value: weight,
            limit: `from ${ALIAS_WEIGHT_MIN}.0 to ${ALIAS_WEIGHT_MAX}.0 (the share of traffic the additional version receives)`,
            fix: 'Give the additional version a fraction of the traffic, for example 0.1 for 10 %.',
          });
        }
      });
      const known = weights.filter((weight): weight is number => weight !== undefined);
      const total = known.reduce((sum, weight) => sum + weight, 0);
      const allKnownInRange = known.length === weights.length && known.every(w => w >= ALIAS_WEIGHT_MIN && w <= ALIAS_WEIGHT_MAX);
      if (known.length > 1 && allKnownInRange && total > ALIAS_WEIGHT_MAX) {
        findings.push({
          resource: alias,
          property: 'RoutingConfig.AdditionalVersionWeights',
          value: total,
          limit: `a total weight of at most ${ALIAS_WEIGHT_MAX}.0`,
          fix: 'Lower the weights so that they add up to at most 1.0.',
        });
      }
    }
    return findings;
  },
};
