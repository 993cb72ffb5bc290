import { CFN_URL_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { functionTarget, qualifierProperty } from './versioning-lookups';

const ALIAS_OR_LATEST = /^(\$LATEST|(?!^[0-9]+$)[a-zA-Z0-9_-]{1,128})$/;

/** A function URL targets the function ($LATEST) or an alias, never a version (url-qualifier). */
export const urlQualifier: Rule = {
  id: 'LambdaKit.Url.Qualifier',
  severity: Severity.ERROR,
  constraint: 'A function URL targets an alias or the unqualified function ($LATEST), never a published version: Qualifier and TargetFunctionArn name no version number.',
  source: CFN_URL_DOC,
  resourceTypes: ['AWS::Lambda::Url'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const url of model.ofType('AWS::Lambda::Url')) {
      const fix = 'Create the URL on an alias (alias.addFunctionUrl()) that points to the version, or on the function itself.';
      const qualifierValue = url.properties.Qualifier;
      const qualifier = qualifierValue === undefined ? undefined : qualifierProperty(model, url, qualifierValue);
      const badText = typeof qualifierValue === 'string' && !ALIAS_OR_LATEST.test(qualifierValue);
      if (badText || qualifier?.version) {
        findings.push({ resource: url, property: 'Qualifier', value: qualifierValue, limit: 'an alias name or $LATEST (not a version number)', fix });
      }
      const target = functionTarget(model, url, url.properties.TargetFunctionArn);
      if (target && (target.qualifier.version || target.qualifier.key.startsWith('number:'))) {
        findings.push({ resource: url, property: 'TargetFunctionArn', value: url.properties.TargetFunctionArn, limit: 'the ARN of a function or an alias (not of a version)', fix });
      }
    }
    return findings;
  },
};
