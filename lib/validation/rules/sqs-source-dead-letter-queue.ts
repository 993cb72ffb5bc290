import { Severity } from '../rule';
import { objectValue } from '../values';
import { mappingRule } from './event-source-lookups';

/** Lambda's SQS error-handling guide: failed messages reach a dead-letter queue only through the source queue's redrive policy. */
const SQS_ERROR_HANDLING_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html';

/**
 * A same-app SQS queue that a mapping reads has a redrive policy to a dead-letter queue: without one, a message
 * that keeps failing is received again until its retention period ends, then deleted unread (a warning).
 * Lambda refuses an on-failure destination on SQS mappings, so the queue's redrive policy is the only capture.
 */
export const sqsSourceDeadLetterQueue = mappingRule({
  id: 'LambdaKit.Sqs.SourceDeadLetterQueue',
  severity: Severity.WARNING,
  constraint: 'A queue in the app that a mapping reads has a RedrivePolicy to a dead-letter queue (mappings of SQS queues take no on-failure destination).',
  source: SQS_ERROR_HANDLING_DOC,
  problems(_mapping, source) {
    const queue = source?.kind === 'sqs' ? source.resource : undefined;
    if (!queue) return [];
    const redrive = queue.properties.RedrivePolicy;
    // An intrinsic (or a JSON string) is unknown, not missing.
    if (redrive !== undefined && (objectValue(redrive) === undefined || objectValue(redrive)!.deadLetterTargetArn !== undefined)) return [];
    return [{
      property: 'EventSourceArn',
      value: `queue ${queue.path} without a RedrivePolicy`,
      limit: 'a queue with a redrive policy to a dead-letter queue',
      fix: 'Give the queue a deadLetterQueue (maxReceiveCount of at least 5), or create the queue and its dead-letter queue with QueuePair; '
        + 'otherwise a message that keeps failing is retried until its retention ends, then lost.',
    }];
  },
});
