/**
 * Order events worker: consumes order events from SQS and reports partial batch failures, so that only the
 * messages that failed are retried (and, after `maxReceiveCount` receives, moved to the dead-letter queue),
 * never the whole batch.
 *
 * Processing is idempotent: an event is keyed by its `eventId`, and an event already applied (a retry after a
 * partial failure, or SQS's at-least-once redelivery) is acknowledged without being applied twice.
 */
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

/** The events this worker understands. */
export interface OrderEvent {
  readonly eventId: string;
  readonly type: 'OrderPlaced' | 'OrderCancelled';
  readonly orderId: string;
  readonly amountCents?: number;
}

/** Where applied events are recorded. The handler's default keeps them in memory; production code passes a table. */
export interface AppliedEvents {
  has(eventId: string): Promise<boolean>;
  add(eventId: string): Promise<void>;
}

/** What applying an event does; injected so tests can make it fail. */
export type ApplyEvent = (event: OrderEvent) => Promise<void>;

/** A message that can never succeed: retrying it is pointless, it belongs in the dead-letter queue. */
export class PoisonMessageError extends Error {}

/** Parses and checks a message body; throws PoisonMessageError for a body no retry can fix. */
export function parseOrderEvent(body: string): OrderEvent {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new PoisonMessageError('body is not JSON');
  }
  const event = value as Partial<OrderEvent>;
  const problems: string[] = [];
  if (typeof event.eventId !== 'string' || event.eventId === '') problems.push('eventId');
  if (event.type !== 'OrderPlaced' && event.type !== 'OrderCancelled') problems.push('type');
  if (typeof event.orderId !== 'string' || event.orderId === '') problems.push('orderId');
  if (event.type === 'OrderPlaced' && !(Number.isInteger(event.amountCents) && (event.amountCents as number) > 0)) problems.push('amountCents');
  if (problems.length > 0) throw new PoisonMessageError(`invalid fields: ${problems.join(', ')}`);
  return event as OrderEvent;
}

/**
 * Processes a batch and returns the ids of the messages to retry.
 *
 * On a FIFO queue, messages of one group must stay in order: once one fails, every later message of the same
 * group is returned for retry too, without being applied.
 */
export async function processBatch(event: SQSEvent, apply: ApplyEvent, applied: AppliedEvents): Promise<SQSBatchResponse> {
  const failures: string[] = [];
  const blockedGroups = new Set<string>();
  for (const record of event.Records) {
    const group = messageGroupOf(record);
    if (group !== undefined && blockedGroups.has(group)) {
      failures.push(record.messageId);
      continue;
    }
    try {
      const orderEvent = parseOrderEvent(record.body);
      if (!(await applied.has(orderEvent.eventId))) {
        await apply(orderEvent);
        await applied.add(orderEvent.eventId);
      }
      log('INFO', 'event processed', record, { type: orderEvent.type });
    } catch (error) {
      log(error instanceof PoisonMessageError ? 'ERROR' : 'WARN', (error as Error).message, record);
      failures.push(record.messageId);
      if (group !== undefined) blockedGroups.add(group);
    }
  }
  return { batchItemFailures: failures.map(itemIdentifier => ({ itemIdentifier })) };
}

function messageGroupOf(record: SQSRecord): string | undefined {
  return record.attributes.MessageGroupId;
}

function log(level: string, message: string, record: SQSRecord, extra: Record<string, unknown> = {}) {
  // Message ids and receive counts only: message bodies may hold customer data.
  console.log(JSON.stringify({ level, message, messageId: record.messageId, receiveCount: record.attributes.ApproximateReceiveCount, ...extra }));
}

const appliedInMemory = new Set<string>();

/** The Lambda entry point. */
export const handler = (event: SQSEvent): Promise<SQSBatchResponse> => processBatch(event, async () => undefined, {
  has: async eventId => appliedInMemory.has(eventId),
  add: async eventId => { appliedInMemory.add(eventId); },
});
