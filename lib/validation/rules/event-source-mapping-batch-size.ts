import { ESM_API_DOC, ESM_BATCH_SIZE_MAX, ESM_BATCH_SIZE_MIN, SQS_FIFO_BATCH_SIZE_MAX } from '../limits';
import { formatNumber } from '../values';
import { mappingRule, outsideWholeRange } from './event-source-lookups';

/** BatchSize: 1 to 10,000 for every source, at most 10 for an SQS FIFO queue (esm-batch-size-range, esm-sqs-fifo-batch). */
export const eventSourceMappingBatchSize = mappingRule({
  id: 'LambdaKit.EventSourceMapping.BatchSize',
  constraint: `BatchSize is a whole number from ${ESM_BATCH_SIZE_MIN} to ${formatNumber(ESM_BATCH_SIZE_MAX)}, and at most ${SQS_FIFO_BATCH_SIZE_MAX} for an SQS FIFO queue.`,
  source: ESM_API_DOC,
  requires: ['BatchSize'],
  problems(mapping, source) {
    const value = mapping.properties.BatchSize;
    const fifo = source?.kind === 'sqs' && source.fifo === true;
    const max = fifo ? SQS_FIFO_BATCH_SIZE_MAX : ESM_BATCH_SIZE_MAX;
    if (!outsideWholeRange(value, ESM_BATCH_SIZE_MIN, max)) return [];
    return [{
      property: 'BatchSize',
      value,
      limit: `a whole number from ${ESM_BATCH_SIZE_MIN} to ${formatNumber(max)}${fifo ? ' for an SQS FIFO queue' : ''}`,
      fix: 'Choose a batch size in that range.',
    }];
  },
});
