import { SQS_PARAMETERS_DOC } from '../limits';
import { numberValue } from '../values';
import { mappingRule } from './event-source-lookups';

/** FIFO queues take no batching window (esm-sqs-fifo-no-window). */
export const sqsFifoBatchingWindow = mappingRule({
  id: 'LambdaKit.Sqs.FifoBatchingWindow',
  constraint: 'A mapping of an SQS FIFO queue sets no MaximumBatchingWindowInSeconds (batching windows are not supported for FIFO queues).',
  source: SQS_PARAMETERS_DOC,
  requires: ['MaximumBatchingWindowInSeconds'],
  problems(mapping, source) {
    if (source?.kind !== 'sqs' || source.fifo !== true) return [];
    const value = mapping.properties.MaximumBatchingWindowInSeconds;
    const window = numberValue(value);
    if (window === undefined || window === 0) return [];
    return [{
      property: 'MaximumBatchingWindowInSeconds',
      value,
      limit: 'absent for an SQS FIFO queue',
      fix: 'Remove the batching window (and keep BatchSize at 10 or less).',
    }];
  },
});
