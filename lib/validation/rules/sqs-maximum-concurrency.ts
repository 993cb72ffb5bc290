import { SQS_MAX_CONCURRENCY_MAX, SQS_MAX_CONCURRENCY_MIN, SQS_SCALING_DOC } from '../limits';
import { formatNumber, pathValue } from '../values';
import { mappingRule, outsideWholeRange } from './event-source-lookups';

/** ScalingConfig.MaximumConcurrency: 2 to 1,000 (esm-sqs-max-concurrency). */
export const sqsMaximumConcurrency = mappingRule({
  id: 'LambdaKit.Sqs.MaximumConcurrency',
  constraint: `ScalingConfig.MaximumConcurrency is a whole number from ${SQS_MAX_CONCURRENCY_MIN} to ${formatNumber(SQS_MAX_CONCURRENCY_MAX)}.`,
  source: SQS_SCALING_DOC,
  requires: ['ScalingConfig'],
  problems(mapping) {
    const value = pathValue(mapping.properties, 'ScalingConfig.MaximumConcurrency');
    if (!outsideWholeRange(value, SQS_MAX_CONCURRENCY_MIN, SQS_MAX_CONCURRENCY_MAX)) return [];
    return [{
      property: 'ScalingConfig.MaximumConcurrency',
      value,
      limit: `a whole number from ${SQS_MAX_CONCURRENCY_MIN} to ${formatNumber(SQS_MAX_CONCURRENCY_MAX)}`,
      fix: 'Choose a maximum concurrency in that range, or remove ScalingConfig to let Lambda scale up to the function\'s concurrency.',
    }];
  },
});
