import { ALIAS_ROUTING_DOC } from '../limits';
import type { LambdaModel, ModelResource } from '../model';
import { Finding, Rule, Severity } from '../rule';
import { pathValue } from '../values';
import { additionalVersions, aliasVersion, identityOf, versionFunction, versionOf } from './versioning-lookups';

/**
 * Both versions of a weighted alias have the same execution role and the same (or no) DLQ (alias-routing-same-role-dlq).
 *
 * Decidable only when both versions are Version resources of in-app functions: versions of one function
 * published in one deployment share its configuration, so in practice this fires when the versions come
 * from different functions (which LambdaKit.Alias.VersionOfSameFunction also reports).
 */
export const aliasRoutingSameRoleDlq: Rule = {
  id: 'LambdaKit.Alias.RoutingSameRoleAndDlq',
  severity: Severity.ERROR,
  constraint: 'Both versions of a weighted alias have the same execution role and the same dead-letter queue configuration (or none).',
  source: ALIAS_ROUTING_DOC,
  resourceTypes: ['AWS::Lambda::Alias'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const alias of model.ofType('AWS::Lambda::Alias')) {
      const primary = functionOfVersion(model, aliasVersion(model, alias)?.version);
      if (!primary) continue;
      (additionalVersions(alias) ?? []).forEach((entry, index) => {
        const additional = functionOfVersion(model, versionOf(model, alias, entry.FunctionVersion)?.version);
        if (!additional || additional === primary) return;
        for (const [setting, path] of [['execution role', 'Role'], ['dead-letter queue', 'DeadLetterConfig.TargetArn']]) {
          if (differs(model, primary, additional, path)) {
            findings.push({
              resource: alias,
              property: `RoutingConfig.AdditionalVersionWeights.${index}.FunctionVersion`,
              value: entry.FunctionVersion,
              limit: `a version with the same ${setting} as the alias's FunctionVersion (${path} of ${additional.path} differs from ${primary.path})`,
              fix: `Route between versions that share the ${setting}: publish both from the same function.`,
            });
          }
        }
      });
    }
    return findings;
  },
};

function functionOfVersion(model: LambdaModel, version: ModelResource | undefined): ModelResource | undefined {
  return version && versionFunction(model, version)?.resource;
}

/** True when both functions' settings are known and differ; an absent setting reads as "none". */
function differs(model: LambdaModel, a: ModelResource, b: ModelResource, path: string): boolean {
  const identity = (fn: ModelResource) => {
    const value = pathValue(fn.properties, path);
    return value === undefined ? 'none' : identityOf(model, fn, value);
  };
  const [first, second] = [identity(a), identity(b)];
  if (first === undefined || second === undefined || first === second) return false;
  // A literal ARN and an in-app resource may name the same thing: only compare like with like, or presence with absence.
  const kind = (id: string) => id.split(':')[0];
  return kind(first) === kind(second) || first === 'none' || second === 'none';
}
