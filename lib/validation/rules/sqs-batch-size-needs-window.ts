import { ESM_API_DOC, SQS_BATCH_SIZE_WITHOUT_WINDOW_MAX } from '../limits';
import { numberValue } from '../values';
import { mappingRule } from './event-source-lookups';

/** An SQS standard queue's BatchSize above 10 needs MaximumBatchingWindowInSeconds of at least 1 (esm-sqs-batch-window-gt10). */
export const sqsBatchSizeNeedsWindow = mappingRule({
  id: 'LambdaKit.Sqs.BatchSizeNeedsBatchingWindow',
  constraint: `An SQS mapping with BatchSize above ${SQS_BATCH_SIZE_WITHOUT_WINDOW_MAX} sets MaximumBatchingWindowInSeconds to at least 1.`,
  source: ESM_API_DOC,
  requires: ['BatchSize'],
  problems(mapping, source) {
    // A FIFO queue's batch size above 10 is the BatchSize rule's finding.
    if (source?.kind !== 'sqs' || source.fifo === true) return [];
    const batchSize = numberValue(mapping.properties.BatchSize);
    if (batchSize === undefined || batchSize <= SQS_BATCH_SIZE_WITHOUT_WINDOW_MAX) return [];
    const value = mapping.properties.MaximumBatchingWindowInSeconds;
    const window = value === undefined ? 0 : numberValue(value);
    if (window === undefined || window >= 1) return [];
    return [{
      property: 'MaximumBatchingWindowInSeconds',
      value,
      limit: `at least 1 second when BatchSize (${batchSize}) is above ${SQS_BATCH_SIZE_WITHOUT_WINDOW_MAX}`,
      fix: `Set a batching window of 1 to 300 seconds, or lower BatchSize to ${SQS_BATCH_SIZE_WITHOUT_WINDOW_MAX} or less.`,
    }];
  },
});
