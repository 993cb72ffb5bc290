import {
  FUNCTION_DEFAULT_TIMEOUT_SECONDS, SQS_CONFIGURE_DOC, SQS_DEFAULT_VISIBILITY_TIMEOUT_SECONDS, SQS_VISIBILITY_TIMEOUT_FACTOR,
} from '../limits';
import { Severity } from '../rule';
import { formatNumber, numberValue } from '../values';
import { mappingFunction, mappingRule } from './event-source-lookups';

/** A known number, or the default when absent; undefined for an unknown value. */
function orDefault(value: unknown, fallback: number): number | undefined {
  return value === undefined ? fallback : numberValue(value);
}

/**
 * A same-app queue's VisibilityTimeout vs the target function's Timeout: below the timeout, messages are received again
 * while still being processed (an error); below 6 x timeout + batching window, retries of throttled batches can
 * reappear (a warning) (esm-sqs-visibility). Reported on the mapping, which joins the two.
 */
export const sqsVisibilityTimeout = mappingRule({
  id: 'LambdaKit.Sqs.VisibilityTimeout',
  constraint: `The VisibilityTimeout of a mapped queue in the app is at least the function's Timeout (an error), and at least ${SQS_VISIBILITY_TIMEOUT_FACTOR} x the Timeout + MaximumBatchingWindowInSeconds (a warning); defaults ${SQS_DEFAULT_VISIBILITY_TIMEOUT_SECONDS} s and ${FUNCTION_DEFAULT_TIMEOUT_SECONDS} s.`,
  source: SQS_CONFIGURE_DOC,
  problems(mapping, source, { model }) {
    const queue = source?.kind === 'sqs' ? source.resource : undefined;
    const fn = mappingFunction(model, mapping);
    if (!queue || !fn) return [];
    const visibility = orDefault(queue.properties.VisibilityTimeout, SQS_DEFAULT_VISIBILITY_TIMEOUT_SECONDS);
    const timeout = orDefault(fn.properties.Timeout, FUNCTION_DEFAULT_TIMEOUT_SECONDS);
    const window = orDefault(mapping.properties.MaximumBatchingWindowInSeconds, 0);
    if (visibility === undefined || timeout === undefined || window === undefined) return [];
    const recommended = SQS_VISIBILITY_TIMEOUT_FACTOR * timeout + window;
    if (visibility >= recommended) return [];
    const error = visibility < timeout;
    return [{
      property: 'EventSourceArn',
      value: `queue ${queue.path} with VisibilityTimeout ${formatNumber(visibility)} s`,
      limit: error
        ? `a queue whose VisibilityTimeout is at least the Timeout of ${fn.path} (${formatNumber(timeout)} s)`
        : `a queue whose VisibilityTimeout is at least ${SQS_VISIBILITY_TIMEOUT_FACTOR} x the Timeout of ${fn.path} + the batching window (${formatNumber(recommended)} s)`,
      fix: error
        ? `Raise the queue's VisibilityTimeout to at least ${formatNumber(recommended)} seconds (AWS recommends ${SQS_VISIBILITY_TIMEOUT_FACTOR} x the function timeout + the batching window), or lower the function's Timeout.`
        : `Raise the queue's VisibilityTimeout to at least ${formatNumber(recommended)} seconds so that throttled retries do not make messages visible again while a batch is processed.`,
      severity: error ? Severity.ERROR : Severity.WARNING,
    }];
  },
});
