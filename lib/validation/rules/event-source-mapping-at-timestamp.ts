import { ESM_API_DOC } from '../limits';
import { stringValue } from '../values';
import { describeSource, MappingProblem, mappingRule } from './event-source-lookups';

/**
 * AT_TIMESTAMP only for Kinesis, DocumentDB and Kafka, and exactly when StartingPositionTimestamp is set
 * (esm-at-timestamp-sources, esm-at-timestamp-needs-ts).
 */
export const eventSourceMappingAtTimestamp = mappingRule({
  id: 'LambdaKit.EventSourceMapping.AtTimestamp',
  constraint: 'StartingPosition AT_TIMESTAMP is used only for Kinesis streams, DocumentDB and Kafka (not DynamoDB Streams), and StartingPositionTimestamp is set exactly when StartingPosition is AT_TIMESTAMP.',
  source: ESM_API_DOC,
  requires: ['StartingPosition'],
  problems(mapping, source) {
    const { StartingPosition: positionValue, StartingPositionTimestamp: timestamp } = mapping.properties;
    const position = stringValue(positionValue);
    const problems: MappingProblem[] = [];
    if (position === 'AT_TIMESTAMP' && source?.kind === 'dynamodb') {
      problems.push({
        property: 'StartingPosition',
        value: positionValue,
        limit: `LATEST or TRIM_HORIZON for ${describeSource(source)} (AT_TIMESTAMP is for Kinesis, DocumentDB and Kafka only)`,
        fix: 'Start a DynamoDB stream at LATEST or TRIM_HORIZON.',
      });
    }
    if (position === 'AT_TIMESTAMP' && timestamp === undefined) {
      problems.push({
        property: 'StartingPositionTimestamp',
        value: timestamp,
        limit: 'set when StartingPosition is AT_TIMESTAMP',
        fix: 'Set StartingPositionTimestamp (Unix time in seconds) to the time to start reading from.',
      });
    }
    if (position !== undefined && position !== 'AT_TIMESTAMP' && timestamp !== undefined) {
      problems.push({
        property: 'StartingPositionTimestamp',
        value: timestamp,
        limit: `absent when StartingPosition is ${position}`,
        fix: 'Remove StartingPositionTimestamp, or set StartingPosition to AT_TIMESTAMP.',
      });
    }
    return problems;
  },
});
