import { groupBy } from '../model';
import { CFN_URL_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { describeQualifier, qualifiedTarget, targetKey } from './versioning-lookups';

/** One URL per function and qualifier (url-one-per-qualifier, UNVERIFIED). */
export const urlOnePerQualifier: Rule = {
  id: 'LambdaKit.Url.OnePerQualifier',
  severity: Severity.WARNING,
  constraint: 'UNVERIFIED: a function (or alias) has at most one function URL; a second one on the same qualifier fails with ResourceConflictException.',
  source: CFN_URL_DOC,
  resourceTypes: ['AWS::Lambda::Url'],
  check({ model }) {
    const findings: Finding[] = [];
    const urls = model.ofType('AWS::Lambda::Url').map(resource => ({ resource, target: qualifiedTarget(model, resource, 'TargetFunctionArn') }));
    for (const group of groupBy(urls, url => url.target && targetKey(url.target)).values()) {
      for (const url of group.slice(1)) {
        findings.push({
          resource: url.resource,
          property: 'TargetFunctionArn',
          value: url.resource.properties.TargetFunctionArn,
          limit: `a function or alias without another URL (${group[0].resource.path} is already the URL of ${describeQualifier(url.target!.qualifier)})`,
          fix: 'Keep one URL per function or alias; create an alias for a second URL.',
        });
      }
    }
    return findings;
  },
};
