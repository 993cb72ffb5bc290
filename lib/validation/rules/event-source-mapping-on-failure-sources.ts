import { CFN_ESM_ON_FAILURE_DOC } from '../limits';
import { KAFKA_KINDS, mappingRule, refusedParameters, STREAM_KINDS } from './event-source-lookups';

/** DestinationConfig (an on-failure destination) only for Kinesis, DynamoDB and Kafka sources (esm-destination-sources). */
export const eventSourceMappingOnFailureSources = mappingRule({
  id: 'LambdaKit.EventSourceMapping.OnFailureSources',
  constraint: 'DestinationConfig is set only on mappings of Kinesis streams, DynamoDB streams and Kafka (SQS queues use a redrive policy to a dead-letter queue instead).',
  source: CFN_ESM_ON_FAILURE_DOC,
  requires: ['DestinationConfig'],
  problems: (mapping, source) => refusedParameters(mapping, source, ['DestinationConfig'], [...STREAM_KINDS, ...KAFKA_KINDS], 'Kinesis streams, DynamoDB streams and Kafka')
    .map(problem => source?.kind === 'sqs'
      ? { ...problem, fix: 'Remove DestinationConfig and give the queue a RedrivePolicy with a dead-letter queue instead.' }
      : problem),
});
