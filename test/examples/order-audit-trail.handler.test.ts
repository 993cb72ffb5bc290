import { ConditionalCheckFailedException, DynamoDBClient, PutItemCommand, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import {
  AuditEntry, AuditLog, auditItem, changedAttributes, dynamoDbAuditLog, handler, PoisonRecordError, processBatch, toAuditEntry,
} from '../../examples/order-audit-trail/handler';

const dynamoDb = mockClient(DynamoDBClient);

type Image = Record<string, AttributeValue>;
const STREAM_ARN = 'arn:aws:dynamodb:eu-west-1:111111111111:table/OrderAuditTrail-OrdersA9B65338-1B2C3D4E5F6G/stream/2026-11-22T09:14:07.123';

/** A record as Lambda's DynamoDB Streams poller delivers it (NEW_AND_OLD_IMAGES). */
function record(eventName: 'INSERT' | 'MODIFY' | 'REMOVE', sequenceNumber: string, images: { old?: Image; new?: Image },
  extra: Partial<DynamoDBRecord> = {}): DynamoDBRecord {
  const keys = (images.new ?? images.old)!;
  return {
    eventID: `e${sequenceNumber.slice(-6)}7d4f1c2b9a8e3f60`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-west-1',
    dynamodb: {
      ApproximateCreationDateTime: 1763800000,
      Keys: { pk: keys.pk, sk: keys.sk },
      ...(images.new ? { NewImage: images.new } : {}),
      ...(images.old ? { OldImage: images.old } : {}),
      SequenceNumber: sequenceNumber,
      SizeBytes: 212,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN: STREAM_ARN,
    ...extra,
  };
}

function order(id: string, fields: Image = {}): Image {
  return {
    pk: { S: `ORDER#${id}` },
    sk: { S: 'ORDER' },
    status: { S: 'PLACED' },
    totalCents: { N: '2599' },
    currency: { S: 'EUR' },
    tags: { SS: ['gift', 'express'] },
    shipping: { M: { city: { S: 'Lyon' }, zip: { S: '69001' } } },
    ...fields,
  };
}

/** An audit table in memory, with the conditional put's semantics. */
function memoryLog(): AuditLog & { entries: AuditEntry[]; failOn: Map<string, number> } {
  const entries: AuditEntry[] = [];
  const failOn = new Map<string, number>();
  return {
    entries,
    failOn,
    async append(entry) {
      const failures = failOn.get(entry.changeId) ?? 0;
      if (failures > 0) {
        failOn.set(entry.changeId, failures - 1);
        throw Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), { name: 'ThrottlingException' });
      }
      if (entries.some(e => e.orderId === entry.orderId && e.changeId === entry.changeId)) return 'duplicate';
      entries.push(entry);
      return 'appended';
    },
  };
}

const seq = (n: number) => `4421584500000000017${String(n).padStart(6, '0')}`;
const padded = (n: number) => seq(n).padStart(40, '0');

beforeEach(() => {
  dynamoDb.reset();
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe('order audit trail handler', () => {
  test('INSERT, MODIFY and REMOVE each become one audit record with the changed fields before and after', async () => {
    const log = memoryLog();
    const placed = order('o-1');
    const shipped = order('o-1', { status: { S: 'SHIPPED' }, trackingId: { S: '1Z999AA10123456784' } });
    const result = await processBatch({ Records: [
      record('INSERT', seq(1), { new: placed }),
      record('MODIFY', seq(2), { old: placed, new: shipped }),
      record('REMOVE', seq(3), { old: shipped }),
    ] }, log);

    expect(result).toEqual({ batchItemFailures: [] });
    expect(log.entries.map(e => [e.eventName, e.changeId, e.changedFields])).toEqual([
      ['INSERT', padded(1), ['currency', 'pk', 'shipping', 'sk', 'status', 'tags', 'totalCents']],
      ['MODIFY', padded(2), ['status', 'trackingId']],
      ['REMOVE', padded(3), ['currency', 'pk', 'shipping', 'sk', 'status', 'tags', 'totalCents', 'trackingId']],
    ]);
    expect(log.entries[1]).toEqual({
      orderId: 'o-1',
      changeId: padded(2),
      eventId: `e${seq(2).slice(-6)}7d4f1c2b9a8e3f60`,
      eventName: 'MODIFY',
      changedAt: '2025-11-22T08:26:40Z',
      actor: 'application',
      changedFields: ['status', 'trackingId'],
      before: { status: { S: 'PLACED' } },
      after: { status: { S: 'SHIPPED' }, trackingId: { S: '1Z999AA10123456784' } },
    });
    expect(log.entries[0].before).toBeUndefined();
    expect(log.entries[2].after).toBeUndefined();
  });

  test('set members in another order and map keys in another order are not changes; a nested value is', () => {
    const before = order('o-2');
    expect(changedAttributes(before, order('o-2', {
      tags: { SS: ['express', 'gift'] },
      shipping: { M: { zip: { S: '69001' }, city: { S: 'Lyon' } } },
    }))).toEqual([]);
    expect(changedAttributes(before, order('o-2', { shipping: { M: { city: { S: 'Lyon' }, zip: { S: '69002' } } } }))).toEqual(['shipping']);
    expect(changedAttributes(before, order('o-2', { totalCents: { N: '2600' } }))).toEqual(['totalCents']);
  });

  test('a TTL expiry is recorded as such', () => {
    const entry = toAuditEntry(record('REMOVE', seq(4), { old: order('o-3') }, { userIdentity: { type: 'Service', principalId: 'dynamodb.amazonaws.com' } }));
    expect(entry.actor).toBe('ttl');
    expect(toAuditEntry(record('REMOVE', seq(5), { old: order('o-3') })).actor).toBe('application');
  });

  test('a poison record in the middle: the records before it are audited, it and every record after it are reported, in order', async () => {
    const log = memoryLog();
    const keysOnly = record('MODIFY', seq(12), { old: order('o-5'), new: order('o-5', { status: { S: 'PAID' } }) });
    delete keysOnly.dynamodb!.OldImage;
    delete keysOnly.dynamodb!.NewImage;
    keysOnly.dynamodb!.StreamViewType = 'KEYS_ONLY';

    const result = await processBatch({ Records: [
      record('INSERT', seq(10), { new: order('o-4') }),
      record('INSERT', seq(11), { new: order('o-5') }),
      keysOnly,
      record('MODIFY', seq(13), { old: order('o-4'), new: order('o-4', { status: { S: 'PAID' } }) }),
      record('INSERT', seq(14), { new: order('o-6') }),
    ] }, log);

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: seq(12) }, { itemIdentifier: seq(13) }, { itemIdentifier: seq(14) }]);
    expect(log.entries.map(e => e.changeId)).toEqual([padded(10), padded(11)]);
  });

  test('records that are not changes of an order are poison', () => {
    const cart = record('INSERT', seq(20), { new: { pk: { S: 'CART#c-1' }, sk: { S: 'CART' } } });
    expect(() => toAuditEntry(cart)).toThrow(new PoisonRecordError('not an order item (key pk)'));
    const noSequence = record('INSERT', seq(21), { new: order('o-7') });
    delete noSequence.dynamodb!.SequenceNumber;
    expect(() => toAuditEntry(noSequence)).toThrow(PoisonRecordError);
    const noTime = record('INSERT', seq(23), { new: order('o-7') });
    delete noTime.dynamodb!.ApproximateCreationDateTime;
    expect(() => toAuditEntry(noTime)).toThrow(PoisonRecordError);
    expect(() => toAuditEntry(record('MODIFY', seq(22), { new: order('o-7') }))).toThrow('MODIFY without the images it needs (stream view type NEW_AND_OLD_IMAGES)');
  });

  test('a redelivered batch after a partial failure audits every change exactly once', async () => {
    const log = memoryLog();
    log.failOn.set(padded(32), 1);
    const batch = { Records: [
      record('INSERT', seq(30), { new: order('o-8') }),
      record('MODIFY', seq(31), { old: order('o-8'), new: order('o-8', { status: { S: 'PAID' } }) }),
      record('MODIFY', seq(32), { old: order('o-8', { status: { S: 'PAID' } }), new: order('o-8', { status: { S: 'SHIPPED' } }) }),
      record('INSERT', seq(33), { new: order('o-9') }),
    ] };

    const first = await processBatch(batch, log);
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: seq(32) }, { itemIdentifier: seq(33) }]);
    // Lambda retries from the first reported record; a bisected or timed-out batch comes back whole: both are safe.
    expect(await processBatch({ Records: batch.Records.slice(2) }, log)).toEqual({ batchItemFailures: [] });
    expect(await processBatch(batch, log)).toEqual({ batchItemFailures: [] });
    expect(log.entries.map(e => e.changeId)).toEqual([padded(30), padded(31), padded(32), padded(33)]);
  });

  test('logs ids, never item contents', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await processBatch({ Records: [record('INSERT', seq(40), { new: order('o-10', { email: { S: 'jane@example.com' } }) })] }, memoryLog());
    const lines = log.mock.calls.map(([line]) => JSON.parse(String(line)));
    expect(lines).toEqual([{ level: 'INFO', message: 'change audited', eventId: `e${seq(40).slice(-6)}7d4f1c2b9a8e3f60`, sequenceNumber: seq(40), eventName: 'INSERT' }]);
    expect(JSON.stringify(lines)).not.toContain('jane@example.com');
  });
});

describe('DynamoDB audit log', () => {
  const entry = toAuditEntry(record('MODIFY', seq(50), { old: order('o-11'), new: order('o-11', { status: { S: 'CANCELLED' } }) }));
  const puts = () => dynamoDb.commandCalls(PutItemCommand).map(call => call.args[0].input);

  test('puts the audit item only if no item has its key', async () => {
    dynamoDb.on(PutItemCommand).resolves({});
    await expect(dynamoDbAuditLog('AuditTrail').append(entry)).resolves.toBe('appended');
    expect(puts()).toEqual([{
      TableName: 'AuditTrail',
      Item: {
        orderId: { S: 'o-11' },
        changeId: { S: padded(50) },
        eventId: { S: entry.eventId },
        eventName: { S: 'MODIFY' },
        changedAt: { S: '2025-11-22T08:26:40Z' },
        actor: { S: 'application' },
        changedFields: { L: [{ S: 'status' }] },
        before: { M: { status: { S: 'PLACED' } } },
        after: { M: { status: { S: 'CANCELLED' } } },
      },
      ConditionExpression: 'attribute_not_exists(changeId)',
    }]);
  });

  test('a failed condition means the change was audited before; any other error is thrown', async () => {
    dynamoDb.on(PutItemCommand).rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }));
    await expect(dynamoDbAuditLog('AuditTrail').append(entry)).resolves.toBe('duplicate');
    dynamoDb.on(PutItemCommand).rejects(new ProvisionedThroughputExceededException({ message: 'Throughput exceeds the current capacity', $metadata: {} }));
    await expect(dynamoDbAuditLog('AuditTrail').append(entry)).rejects.toThrow('Throughput exceeds the current capacity');
  });

  test('binary values are written as their bytes, not as the base64 text the stream carries', async () => {
    dynamoDb.on(PutItemCommand).resolves({});
    const signature = Buffer.from('%PDF-1.7 signed receipt');
    const signed = order('o-16', {
      receipt: { B: signature.toString('base64') },
      scans: { L: [{ BS: [Buffer.from([0, 255]).toString('base64')] }] },
      customer: { M: { photo: { B: Buffer.from([137, 80, 78, 71]).toString('base64') } } },
    });
    await dynamoDbAuditLog('AuditTrail').append(toAuditEntry(record('MODIFY', seq(53), { old: order('o-16'), new: signed })));
    expect(puts()[0].Item?.after).toEqual({ M: {
      receipt: { B: signature },
      scans: { L: [{ BS: [Buffer.from([0, 255])] }] },
      customer: { M: { photo: { B: Buffer.from([137, 80, 78, 71]) } } },
    } });
  });

  test('an INSERT item has no "before" and a REMOVE item no "after"', () => {
    expect(auditItem(toAuditEntry(record('INSERT', seq(51), { new: order('o-12') })))).not.toHaveProperty('before');
    expect(auditItem(toAuditEntry(record('REMOVE', seq(52), { old: order('o-12') })))).not.toHaveProperty('after');
  });
});

describe('the Lambda entry point', () => {
  test('writes to the table named by AUDIT_TABLE_NAME and reports the first failure onwards', async () => {
    process.env.AUDIT_TABLE_NAME = 'OrderAuditTrail-AuditTrail';
    dynamoDb.on(PutItemCommand).callsFake(async input => {
      if (input.Item.orderId.S === 'o-14') throw Object.assign(new Error('Internal server error'), { name: 'InternalServerError' });
      return {};
    });
    const result = await handler({ Records: [
      record('INSERT', seq(60), { new: order('o-13') }),
      record('INSERT', seq(61), { new: order('o-14') }),
      record('INSERT', seq(62), { new: order('o-15') }),
    ] });
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: seq(61) }, { itemIdentifier: seq(62) }] });
    expect(dynamoDb.commandCalls(PutItemCommand).map(({ args: [{ input }] }) => [input.TableName, input.Item?.orderId.S])).toEqual([
      ['OrderAuditTrail-AuditTrail', 'o-13'],
      ['OrderAuditTrail-AuditTrail', 'o-14'],
    ]);
  });
});
