/**
 * Order events worker: consumes order events from SQS and reports partial batch failures, so that only the
 * messages that failed are retried (and, after `maxReceiveCount` receives, moved to the dead-letter queue),
 * never the whole batch.
 *
 * Processing is idempotent: an event is keyed by its `eventId`, and an event already applied (a retry after a
 * partial failure, or SQS's at-least-once redelivery) is acknowledged without being applied twice. Applied event ids
 * are kept in a DynamoDB table (APPLIED_EVENTS_TABLE, partition key `eventId`), which every execution environment
 * shares, for longer than a message can live (`expiresAt`, the table's time to live).
 */
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

/** The events this worker understands. */
export interface OrderEvent {
  readonly eventId: string;
  readonly type: 'OrderPlaced' | 'OrderCancelled';
  readonly orderId: string;
  readonly amountCents?: number;
}

/** Where applied events are recorded. */
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
  // `null`, a number or an array is valid JSON too; reading fields of `null` would throw a TypeError, which the batch
  // would take for a transient failure and retry.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new PoisonMessageError('body is not a JSON object');
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

/**
 * How long an applied event id is kept: longer than SQS keeps a message (4 days in the source queue, at most 14 days
 * counted from the first send once it is in the dead-letter queue, from which it may be redriven to the source).
 */
export const APPLIED_EVENT_RETENTION_SECONDS = 15 * 24 * 60 * 60;

/**
 * Applied event ids in a DynamoDB table: read with a strongly consistent read (an id written by another execution
 * environment a moment ago counts), written with the time to live after which DynamoDB deletes it.
 */
export function dynamoDbAppliedEvents(tableName: string, client: DynamoDBClient, now: () => Date = () => new Date()): AppliedEvents {
  return {
    async has(eventId) {
      const { Item } = await client.send(new GetItemCommand({
        TableName: tableName, Key: { eventId: { S: eventId } }, ConsistentRead: true, ProjectionExpression: 'eventId',
      }));
      return Item !== undefined;
    },
    async add(eventId) {
      const appliedAt = now();
      const expiresAt = Math.floor(appliedAt.getTime() / 1000) + APPLIED_EVENT_RETENTION_SECONDS;
      await client.send(new PutItemCommand({
        TableName: tableName,
        Item: { eventId: { S: eventId }, appliedAt: { S: appliedAt.toISOString() }, expiresAt: { N: String(expiresAt) } },
      }));
    },
  };
}

/** What applying an event does in this blueprint: nothing yet (a real worker updates the order here). */
const applyEvent: ApplyEvent = async () => undefined;

let appliedEvents: AppliedEvents | undefined;

/** The Lambda entry point. */
export const handler = (event: SQSEvent): Promise<SQSBatchResponse> => {
  appliedEvents ??= dynamoDbAppliedEvents(requiredEnv('APPLIED_EVENTS_TABLE'), new DynamoDBClient({}));
  return processBatch(event, applyEvent, appliedEvents);
};

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}
