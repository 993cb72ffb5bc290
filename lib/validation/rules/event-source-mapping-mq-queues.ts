import { ESM_API_DOC } from '../limits';
import { arrayValue, objectValue, stringValue } from '../values';
import { MappingProblem, mappingRule } from './event-source-lookups';

/** Amazon MQ: exactly one queue, and a BASIC_AUTH source access configuration (esm-mq-queues). */
export const eventSourceMappingMqQueues = mappingRule({
  id: 'LambdaKit.EventSourceMapping.MqQueues',
  constraint: 'An Amazon MQ mapping names exactly one queue in Queues and has a BASIC_AUTH SourceAccessConfiguration (the broker credentials secret).',
  source: ESM_API_DOC,
  problems(mapping, source) {
    if (source?.kind !== 'mq') return [];
    const problems: MappingProblem[] = [];
    const queuesValue = mapping.properties.Queues;
    const queues = arrayValue(queuesValue);
    if (queuesValue === undefined || (queues && queues.length !== 1)) {
      problems.push({ property: 'Queues', value: queuesValue, limit: 'a list of exactly 1 queue name', fix: 'Create one mapping per broker queue.' });
    }
    const accessValue = mapping.properties.SourceAccessConfigurations;
    const access = accessValue === undefined ? [] : arrayValue(accessValue);
    const types = access?.map(item => stringValue(objectValue(item)?.Type));
    if (types && !types.includes(undefined) && !types.includes('BASIC_AUTH')) {
      problems.push({
        property: 'SourceAccessConfigurations',
        value: accessValue,
        limit: 'a list with a BASIC_AUTH entry (the Secrets Manager secret of the broker credentials)',
        fix: "Add { Type: 'BASIC_AUTH', URI: <secret ARN> } to SourceAccessConfigurations.",
      });
    }
    return problems;
  },
});
