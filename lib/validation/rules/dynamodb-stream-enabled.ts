import { CFN_ESM_DOC } from '../limits';
import { mappingRule } from './event-source-lookups';

/** A mapped same-app DynamoDB table has a stream (StreamSpecification); without one it has no StreamArn to read. */
export const dynamoDbStreamEnabled = mappingRule({
  id: 'LambdaKit.DynamoDBStreams.StreamEnabled',
  constraint: 'A same-app DynamoDB table that a mapping reads from has a StreamSpecification (a stream to read).',
  source: CFN_ESM_DOC,
  problems(_mapping, source) {
    const table = source?.kind === 'dynamodb' ? source.resource : undefined;
    if (!table || table.properties.StreamSpecification !== undefined) return [];
    return [{
      property: 'EventSourceArn',
      value: `table ${table.path} without StreamSpecification`,
      limit: 'the stream of a table that has one',
      fix: "Enable the table's stream (StreamSpecification, or stream: StreamViewType.NEW_AND_OLD_IMAGES on an L2 Table).",
    }];
  },
});
