import { ESM_API_DOC, ESM_BATCHING_WINDOW_MAX_SECONDS } from '../limits';
import { mappingRule, outsideWholeRange } from './event-source-lookups';

/** MaximumBatchingWindowInSeconds: 0 to 300 whole seconds (esm-batching-window). */
export const eventSourceMappingBatchingWindow = mappingRule({
  id: 'LambdaKit.EventSourceMapping.BatchingWindow',
  constraint: `MaximumBatchingWindowInSeconds is a whole number of seconds from 0 to ${ESM_BATCHING_WINDOW_MAX_SECONDS}.`,
  source: ESM_API_DOC,
  requires: ['MaximumBatchingWindowInSeconds'],
  problems(mapping) {
    const value = mapping.properties.MaximumBatchingWindowInSeconds;
    if (!outsideWholeRange(value, 0, ESM_BATCHING_WINDOW_MAX_SECONDS)) return [];
    return [{
      property: 'MaximumBatchingWindowInSeconds',
      value,
      limit: `a whole number of seconds from 0 to ${ESM_BATCHING_WINDOW_MAX_SECONDS}`,
      fix: 'Choose a batching window in that range.',
    }];
  },
});
