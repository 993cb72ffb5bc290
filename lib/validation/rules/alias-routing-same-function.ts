import { ALIAS_ROUTING_API_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { additionalVersions, functionTarget, sameFunction, versionFunction, versionOf } from './versioning-lookups';

/**
 * The versions an alias points to are versions of the alias's own function (alias-routing-same-function).
 * The API takes only version numbers, so a Version of another function silently becomes "version N of this function".
 */
export const aliasRoutingSameFunction: Rule = {
  id: 'LambdaKit.Alias.VersionOfSameFunction',
  severity: Severity.ERROR,
  constraint: "An alias's FunctionVersion and additional routing versions are versions of the alias's own function (only the version number reaches Lambda).",
  source: ALIAS_ROUTING_API_DOC,
  resourceTypes: ['AWS::Lambda::Alias'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const alias of model.ofType('AWS::Lambda::Alias')) {
      const aliasFunction = functionTarget(model, alias, alias.properties.FunctionName)?.fn;
      if (!aliasFunction) continue;
      const entries: Array<[string, unknown]> = [['FunctionVersion', alias.properties.FunctionVersion]];
      (additionalVersions(alias) ?? []).forEach((entry, index) =>
        entries.push([`RoutingConfig.AdditionalVersionWeights.${index}.FunctionVersion`, entry.FunctionVersion]));
      for (const [property, value] of entries) {
        const version = versionOf(model, alias, value)?.version;
        const versionFn = version && versionFunction(model, version);
        if (versionFn && sameFunction(aliasFunction, versionFn) === false) {
          findings.push({
            resource: alias,
            property,
            value,
            limit: `a version of the alias's function ${aliasFunction.resource?.path ?? aliasFunction.name}, not of ${versionFn.resource?.path ?? versionFn.name}`,
            fix: "Use a version published from the alias's own function; Lambda only receives the version number and would route to that number of the alias's function.",
          });
        }
      }
    }
    return findings;
  },
};
