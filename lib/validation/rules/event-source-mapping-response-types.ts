import { ESM_API_DOC } from '../limits';
import { arrayValue, stringValue } from '../values';
import { describeSource, MappingProblem, mappingRule } from './event-source-lookups';

const RESPONSE_TYPE = 'ReportBatchItemFailures';

/** FunctionResponseTypes: only ReportBatchItemFailures, and not for Amazon MQ or DocumentDB (esm-response-types). */
export const eventSourceMappingResponseTypes = mappingRule({
  id: 'LambdaKit.EventSourceMapping.FunctionResponseTypes',
  constraint: `FunctionResponseTypes holds only ${RESPONSE_TYPE}, and is set only for SQS, Kinesis, DynamoDB and Kafka sources (not Amazon MQ or DocumentDB).`,
  source: ESM_API_DOC,
  requires: ['FunctionResponseTypes'],
  problems(mapping, source) {
    const value = mapping.properties.FunctionResponseTypes;
    const types = arrayValue(value);
    if (!types) return [];
    const problems: MappingProblem[] = [];
    const unknown = types.map(stringValue).filter(type => type !== undefined && type !== RESPONSE_TYPE);
    if (unknown.length > 0) {
      problems.push({ property: 'FunctionResponseTypes', value, limit: `a list of ${RESPONSE_TYPE} only`, fix: `Use ['${RESPONSE_TYPE}'] or remove FunctionResponseTypes.` });
    }
    if (types.length > 0 && (source?.kind === 'mq' || source?.kind === 'docdb')) {
      problems.push({
        property: 'FunctionResponseTypes',
        value,
        limit: `absent for ${describeSource(source)} (partial batch responses are for SQS, Kinesis, DynamoDB and Kafka)`,
        fix: 'Remove FunctionResponseTypes from this mapping.',
      });
    }
    return problems;
  },
});
