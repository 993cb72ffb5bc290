import type { LambdaModel, ModelResource } from '../model';
import { CFN_ESM_ON_FAILURE_DOC } from '../limits';
import { booleanValue, pathValue, stringValue } from '../values';
import { KAFKA_KINDS, literalSkeleton, mappingRule, MappingSource } from './event-source-lookups';

type DestinationKind = 'sqs' | 'sns' | 's3' | 'kafka' | 'other';

interface Destination {
  readonly kind: DestinationKind;
  readonly fifo?: boolean;
}

const DESTINATION_TYPES: Record<string, DestinationKind> = { 'AWS::SQS::Queue': 'sqs', 'AWS::SNS::Topic': 'sns', 'AWS::S3::Bucket': 's3' };

function destinationOf(model: LambdaModel, mapping: ModelResource, value: unknown): Destination | undefined {
  const referenced = model.referenced(mapping, value);
  if (referenced) {
    const kind = DESTINATION_TYPES[referenced.type] ?? 'other';
    const flag = kind === 'sqs' ? referenced.properties.FifoQueue : kind === 'sns' ? referenced.properties.FifoTopic : undefined;
    const name = stringValue(kind === 'sqs' ? referenced.properties.QueueName : referenced.properties.TopicName);
    return { kind, fifo: booleanValue(flag) === true || name?.endsWith('.fifo') === true };
  }
  const arn = literalSkeleton(value);
  if (arn === undefined) return undefined;
  if (arn.startsWith('kafka://')) return { kind: 'kafka' };
  const match = /^arn:[^:]*:([a-z0-9-]+):/.exec(arn);
  if (!match) return undefined;
  const service = match[1];
  const kind: DestinationKind = service === 'sqs' || service === 'sns' || service === 's3' ? service : 'other';
  return { kind, fifo: !arn.includes('\u0000') && arn.endsWith('.fifo') };
}

function allowedFor(source: MappingSource | undefined): string {
  return source && KAFKA_KINDS.includes(source.kind) ? 'an SQS queue, SNS topic, S3 bucket or Kafka topic (kafka://)' : 'an SQS queue, SNS topic or S3 bucket';
}

/**
 * The on-failure destination is a standard SQS queue, a standard SNS topic, an S3 bucket, or (for Kafka) a Kafka
 * topic; never a function, an event bus or a FIFO queue/topic (esm-destination-types).
 */
export const eventSourceMappingOnFailureDestination = mappingRule({
  id: 'LambdaKit.EventSourceMapping.OnFailureDestinationType',
  constraint: 'A mapping\'s DestinationConfig.OnFailure.Destination is a standard SQS queue, a standard SNS topic, an S3 bucket, or for Kafka a kafka:// topic (not a function, event bus or FIFO queue/topic).',
  source: CFN_ESM_ON_FAILURE_DOC,
  requires: ['DestinationConfig'],
  problems(mapping, source, { model }) {
    const value = pathValue(mapping.properties, 'DestinationConfig.OnFailure.Destination');
    if (value === undefined) return [];
    const destination = destinationOf(model, mapping, value);
    if (!destination) return [];
    const kafkaSource = source !== undefined && KAFKA_KINDS.includes(source.kind);
    const wrongKind = destination.kind === 'other' || (destination.kind === 'kafka' && source !== undefined && !kafkaSource);
    if (!wrongKind && !destination.fifo) return [];
    return [{
      property: 'DestinationConfig.OnFailure.Destination',
      value,
      limit: `${allowedFor(source)}${destination.fifo ? ', not a FIFO queue or topic' : ''}`,
      fix: destination.fifo
        ? 'Send failed-batch records to a standard (non-FIFO) queue or topic.'
        : 'Send failed-batch records to an SQS queue, an SNS topic or an S3 bucket.',
    }];
  },
});
