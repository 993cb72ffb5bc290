import { EDGE_RESTRICTIONS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { edgeAssociations } from './edge-lookups';

/** A distribution associates a numbered version: not $LATEST, the unqualified function, or an alias (edge-numbered-version). */
export const edgeNumberedVersion: Rule = {
  id: 'LambdaKit.Edge.NumberedVersion',
  severity: Severity.ERROR,
  constraint: 'A CloudFront LambdaFunctionAssociation names a numbered function version (not $LATEST, an unqualified function ARN or an alias).',
  source: EDGE_RESTRICTIONS_DOC,
  resourceTypes: ['AWS::CloudFront::Distribution'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const association of edgeAssociations(model)) {
      const qualifier = association.target?.qualifier;
      if (!qualifier) continue;
      const alias = qualifier.alias !== undefined || qualifier.key.startsWith('alias');
      if (qualifier.key !== '' && !alias) continue;
      findings.push({
        resource: association.distribution,
        property: `${association.property}.LambdaFunctionARN`,
        value: association.entry.LambdaFunctionARN,
        limit: `the ARN of a numbered version of the function (got ${alias ? 'an alias' : 'the unqualified function, that is $LATEST'})`,
        fix: 'Associate a published version, for example fn.currentVersion or a lambda.Version.',
      });
    }
    return findings;
  },
};
