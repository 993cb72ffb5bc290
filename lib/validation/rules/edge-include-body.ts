import { EDGE_RESTRICTIONS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { booleanValue } from '../values';
import { edgeAssociations } from './edge-lookups';

const REQUEST_EVENTS = ['viewer-request', 'origin-request'];

/** IncludeBody only on viewer-request and origin-request associations (edge-include-body). */
export const edgeIncludeBody: Rule = {
  id: 'LambdaKit.Edge.IncludeBody',
  severity: Severity.ERROR,
  constraint: 'A LambdaFunctionAssociation sets IncludeBody only for viewer-request and origin-request events.',
  source: EDGE_RESTRICTIONS_DOC,
  resourceTypes: ['AWS::CloudFront::Distribution'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const association of edgeAssociations(model)) {
      const value = association.entry.IncludeBody;
      const eventType = association.eventType;
      if (booleanValue(value) !== true || eventType === undefined || REQUEST_EVENTS.includes(eventType)) continue;
      findings.push({
        resource: association.distribution,
        property: `${association.property}.IncludeBody`,
        value,
        limit: `absent for a ${eventType} trigger (only request triggers can read the body)`,
        fix: 'Remove IncludeBody, or associate the function with a request event.',
      });
    }
    return findings;
  },
};
