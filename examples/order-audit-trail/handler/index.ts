/**
 * Order audit trail: reads the orders table's DynamoDB stream and writes one audit record per change of an order
 * (which fields changed, their values before and after, when, and whether a person or TTL expiry made it) to the
 * audit table.
 *
 * Idempotent: an audit record's key is the order id and the stream record's sequence number, written only if absent
 * (`attribute_not_exists`), so a record delivered again (a retried batch, a bisected half) is acknowledged without
 * a second audit record.
 *
 * In order: Lambda retries a stream batch from the lowest sequence number reported, so at the first record that
 * fails the handler stops and reports it and every record after it. With bisect-on-error and bounded retries on the
 * mapping, a record that keeps failing ends up in the on-failure queue instead of blocking the shard.
 */
import { AttributeValue, ConditionalCheckFailedException, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { AttributeValue as StreamValue, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

/** The key prefix of order items in the orders table (the mapping's filter lets only these through). */
export const ORDER_KEY_PREFIX = 'ORDER#';

/** An item image as the stream event carries it (JSON: binary values base64-encoded). */
type Image = Record<string, StreamValue>;
/** An item as the SDK writes it. */
type Item = Record<string, AttributeValue>;

/** One change of one order, as the audit table stores it. */
export interface AuditEntry {
  readonly orderId: string;
  /** The stream record's sequence number, zero-padded to 40 digits so that changes sort in stream order. */
  readonly changeId: string;
  readonly eventId: string;
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  /** When DynamoDB recorded the change (ISO 8601, second precision). */
  readonly changedAt: string;
  /** 'ttl' when DynamoDB's TTL expiry deleted the item, 'application' otherwise. */
  readonly actor: 'application' | 'ttl';
  /** Top-level attributes that changed, sorted. */
  readonly changedFields: string[];
  /** The changed attributes' values before the change (absent for INSERT). */
  readonly before?: Item;
  /** The changed attributes' values after the change (absent for REMOVE). */
  readonly after?: Item;
}

/** Where audit records go: 'duplicate' when this change was recorded before. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<'appended' | 'duplicate'>;
}

/** A stream record no retry can fix: it is reported, and after the mapping's retries it goes to the on-failure queue. */
export class PoisonRecordError extends Error {}

const SEQUENCE_NUMBER_DIGITS = 40;

/** Turns a stream record into an audit entry; throws PoisonRecordError for a record that is not a change of an order. */
export function toAuditEntry(record: DynamoDBRecord): AuditEntry {
  const change = record.dynamodb;
  const eventName = record.eventName;
  const pk = change?.Keys?.pk?.S;
  const sequenceNumber = change?.SequenceNumber;
  const createdAt = change?.ApproximateCreationDateTime;
  if (!change || !eventName || !record.eventID || !sequenceNumber || !/^\d{1,40}$/.test(sequenceNumber) || createdAt === undefined) {
    throw new PoisonRecordError('not a DynamoDB stream record (eventName, eventID, SequenceNumber or ApproximateCreationDateTime missing)');
  }
  if (!pk?.startsWith(ORDER_KEY_PREFIX) || pk.length === ORDER_KEY_PREFIX.length) throw new PoisonRecordError('not an order item (key pk)');
  const oldImage = change.OldImage;
  const newImage = change.NewImage;
  // The table's stream must carry NEW_AND_OLD_IMAGES: without them there is nothing to audit.
  if ((eventName !== 'INSERT' && !oldImage) || (eventName !== 'REMOVE' && !newImage)) {
    throw new PoisonRecordError(`${eventName} without the images it needs (stream view type ${change.StreamViewType ?? 'unknown'})`);
  }
  const changedFields = changedAttributes(oldImage ?? {}, newImage ?? {});
  return {
    orderId: pk.slice(ORDER_KEY_PREFIX.length),
    changeId: sequenceNumber.padStart(SEQUENCE_NUMBER_DIGITS, '0'),
    eventId: record.eventID,
    eventName,
    changedAt: new Date(createdAt * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    actor: isTtlDeletion(record) ? 'ttl' : 'application',
    changedFields,
    before: oldImage ? toItem(pick(oldImage, changedFields)) : undefined,
    after: newImage ? toItem(pick(newImage, changedFields)) : undefined,
  };
}

/** Processes a batch in stream order; reports the first failed record and every record after it. */
export async function processBatch(event: DynamoDBStreamEvent, auditLog: AuditLog): Promise<DynamoDBBatchResponse> {
  for (const [index, record] of event.Records.entries()) {
    try {
      const outcome = await auditLog.append(toAuditEntry(record));
      log('INFO', outcome === 'duplicate' ? 'change already audited' : 'change audited', record);
    } catch (error) {
      log(error instanceof PoisonRecordError ? 'ERROR' : 'WARN', (error as Error).message, record);
      // Records after a failure are not processed: they are retried with it, so the audit trail keeps stream order.
      return { batchItemFailures: event.Records.slice(index).map(r => ({ itemIdentifier: r.dynamodb?.SequenceNumber ?? '' })) };
    }
  }
  return { batchItemFailures: [] };
}

/** The names of the top-level attributes whose values differ between the two images. */
export function changedAttributes(before: Image, after: Image): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter(name => canonical(before[name]) !== canonical(after[name])).sort();
}

/** A comparable text of an attribute value: set members in sorted order (DynamoDB does not keep set order). */
function canonical(value: StreamValue | undefined): string {
  if (value === undefined) return '';
  return JSON.stringify(value, (_key, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const setType of ['SS', 'NS', 'BS']) if (Array.isArray(v[setType])) return { [setType]: [...v[setType]].sort() };
      // Map members in key order.
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)));
    }
    return v;
  });
}

function pick(image: Image, names: string[]): Image {
  return Object.fromEntries(names.filter(name => image[name] !== undefined).map(name => [name, image[name]]));
}

/** A stream image as an item the SDK writes. */
function toItem(image: Image): Item {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, toItemValue(value)]));
}

/**
 * Binary values arrive base64-encoded in the event; the SDK wants their bytes (given the text, it would encode it
 * again and store other bytes). Every other type has the same form in both.
 */
function toItemValue(value: StreamValue): AttributeValue {
  if (value.B !== undefined) return { B: Buffer.from(value.B, 'base64') };
  if (value.BS !== undefined) return { BS: value.BS.map(b => Buffer.from(b, 'base64')) };
  if (value.L !== undefined) return { L: value.L.map(toItemValue) };
  if (value.M !== undefined) return { M: toItem(value.M) };
  return value;
}

/** TTL deletions are REMOVE records made by the DynamoDB service principal. */
function isTtlDeletion(record: DynamoDBRecord): boolean {
  const identity = record.userIdentity;
  return record.eventName === 'REMOVE' && identity?.type === 'Service' && identity?.principalId === 'dynamodb.amazonaws.com';
}

function log(level: string, message: string, record: DynamoDBRecord) {
  // Ids only: item images hold customer data.
  const { eventID: eventId, eventName } = record;
  console.log(JSON.stringify({ level, message, eventId, sequenceNumber: record.dynamodb?.SequenceNumber, eventName }));
}

/** Created once per execution environment and reused by every invocation (its connections too). */
const dynamoDb = new DynamoDBClient({});

/**
 * An audit log in a DynamoDB table (key: orderId, changeId), each record written only if absent.
 *
 * The SDK is the Lambda runtime's: bundledCode keeps `@aws-sdk/*` out of the bundle.
 */
export function dynamoDbAuditLog(tableName: string): AuditLog {
  return {
    async append(entry) {
      try {
        await dynamoDb.send(new PutItemCommand({
          TableName: tableName,
          Item: auditItem(entry),
          ConditionExpression: 'attribute_not_exists(changeId)',
        }));
        return 'appended';
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return 'duplicate';
        throw error;
      }
    },
  };
}

/** The audit entry as a DynamoDB item. */
export function auditItem(entry: AuditEntry): Item {
  return {
    orderId: { S: entry.orderId },
    changeId: { S: entry.changeId },
    eventId: { S: entry.eventId },
    eventName: { S: entry.eventName },
    changedAt: { S: entry.changedAt },
    actor: { S: entry.actor },
    changedFields: { L: entry.changedFields.map(name => ({ S: name })) },
    ...(entry.before ? { before: { M: entry.before } } : {}),
    ...(entry.after ? { after: { M: entry.after } } : {}),
  };
}

let auditLog: AuditLog | undefined;

/** The Lambda entry point. */
export const handler = (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  auditLog ??= dynamoDbAuditLog(requiredEnv('AUDIT_TABLE_NAME'));
  return processBatch(event, auditLog);
};

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}
