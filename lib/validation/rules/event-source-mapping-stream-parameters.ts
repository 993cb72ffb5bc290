import { ESM_API_DOC } from '../limits';
import { mappingRule, refusedParameters } from './event-source-lookups';

const STREAM_PARAMETERS = [
  'ParallelizationFactor', 'BisectBatchOnFunctionError', 'MaximumRetryAttempts', 'MaximumRecordAgeInSeconds', 'TumblingWindowInSeconds',
];

/** Stream-only parameters on an SQS or Amazon MQ mapping (esm-stream-only-params). */
export const eventSourceMappingStreamParameters = mappingRule({
  id: 'LambdaKit.EventSourceMapping.StreamOnlyParameters',
  constraint: `${STREAM_PARAMETERS.join(', ')} are not set on mappings of SQS queues or Amazon MQ brokers (they are stream parameters).`,
  source: ESM_API_DOC,
  requires: STREAM_PARAMETERS,
  problems: (mapping, source) => source?.kind === 'sqs' || source?.kind === 'mq'
    ? refusedParameters(mapping, source, STREAM_PARAMETERS, [], 'stream sources (Kinesis, DynamoDB Streams)')
    : [],
});
