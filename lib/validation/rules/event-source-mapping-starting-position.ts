import { ESM_API_DOC } from '../limits';
import { Severity } from '../rule';
import { stringValue } from '../values';
import { describeSource, KAFKA_KINDS, MappingProblem, mappingRule, STREAM_KINDS } from './event-source-lookups';

const POSITIONS = ['LATEST', 'TRIM_HORIZON', 'AT_TIMESTAMP'];

/**
 * StartingPosition: one of LATEST, TRIM_HORIZON, AT_TIMESTAMP; required for Kinesis and DynamoDB streams (and Kafka,
 * where the current API reference no longer says so: a warning); not allowed for SQS or Amazon MQ
 * (esm-starting-position-enum, esm-starting-position-required, esm-starting-position-forbidden).
 */
export const eventSourceMappingStartingPosition = mappingRule({
  id: 'LambdaKit.EventSourceMapping.StartingPosition',
  constraint: `StartingPosition is one of ${POSITIONS.join(', ')}; it is required for Kinesis and DynamoDB streams (a warning for Kafka) and absent for SQS queues and Amazon MQ brokers.`,
  source: ESM_API_DOC,
  problems(mapping, source) {
    const value = mapping.properties.StartingPosition;
    const position = stringValue(value);
    const problems: MappingProblem[] = [];
    if (position !== undefined && !POSITIONS.includes(position)) {
      problems.push({ property: 'StartingPosition', value, limit: `one of ${POSITIONS.join(', ')}`, fix: 'Use one of those starting positions.' });
    }
    if (!source) return problems;
    if ((source.kind === 'sqs' || source.kind === 'mq') && value !== undefined) {
      problems.push({
        property: 'StartingPosition',
        value,
        limit: `absent for ${describeSource(source)}`,
        fix: 'Remove StartingPosition (and StartingPositionTimestamp): queues are always read from their current messages.',
      });
    }
    const required = STREAM_KINDS.includes(source.kind);
    if (value === undefined && (required || KAFKA_KINDS.includes(source.kind))) {
      problems.push({
        property: 'StartingPosition',
        value,
        limit: `set for ${describeSource(source)}`,
        fix: 'Set StartingPosition to LATEST, TRIM_HORIZON or AT_TIMESTAMP.',
        severity: required ? Severity.ERROR : Severity.WARNING,
      });
    }
    return problems;
  },
});
