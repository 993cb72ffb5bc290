import { groupBy } from '../model';
import { ESM_API_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { ESM_TYPE, mappingSource } from './event-source-lookups';
import { functionTarget, identityOf } from './versioning-lookups';

/** Two mappings of one SQS queue to one function: CreateEventSourceMapping rejects the second (esm-duplicate, UNVERIFIED). */
export const sqsDuplicateMapping: Rule = {
  id: 'LambdaKit.Sqs.DuplicateMapping',
  severity: Severity.WARNING,
  constraint: 'UNVERIFIED: an SQS queue is mapped to the same function (and qualifier) at most once.',
  source: ESM_API_DOC,
  resourceTypes: [ESM_TYPE],
  check({ model }) {
    const mappings = model.ofType(ESM_TYPE).filter(mapping => mappingSource(model, mapping)?.kind === 'sqs');
    const groups = groupBy(mappings, mapping => {
      const queue = identityOf(model, mapping, mapping.properties.EventSourceArn);
      const target = functionTarget(model, mapping, mapping.properties.FunctionName);
      return queue && target ? `${queue}|${target.fn.key}|${target.qualifier.key}` : undefined;
    });
    const findings: Finding[] = [];
    for (const group of groups.values()) {
      for (const mapping of group.slice(1)) {
        findings.push({
          resource: mapping,
          property: 'EventSourceArn',
          value: mapping.properties.EventSourceArn,
          limit: `a queue not already mapped to this function (${group[0].path} maps it)`,
          fix: 'Remove the duplicate mapping, or merge its settings into the first one.',
        });
      }
    }
    return findings;
  },
};
