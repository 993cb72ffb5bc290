import { SQS_PARAMETERS_DOC } from '../limits';
import { mappingRule, refusedParameters } from './event-source-lookups';

/** ScalingConfig is for SQS sources only (esm-scaling-config-sqs-only). */
export const eventSourceMappingScalingConfig = mappingRule({
  id: 'LambdaKit.EventSourceMapping.ScalingConfigSqsOnly',
  constraint: 'ScalingConfig (maximum concurrency) is set only on mappings of SQS queues.',
  source: SQS_PARAMETERS_DOC,
  requires: ['ScalingConfig'],
  problems: (mapping, source) => refusedParameters(mapping, source, ['ScalingConfig'], ['sqs'], 'SQS queues'),
});
