import { DynamoDBClient, GetItemCommand, PutItemCommand, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import {
  APPLIED_EVENT_RETENTION_SECONDS, AppliedEvents, dynamoDbAppliedEvents, handler, OrderEvent, parseOrderEvent, PoisonMessageError, processBatch,
} from '../../examples/order-events-worker/handler';

const dynamoDb = mockClient(DynamoDBClient);
const TABLE = 'OrderEventsWorker-AppliedEvents5AC1A2B3-1QW2E3R4T5Y6';

/** A record as Lambda's SQS poller delivers it. */
function record(messageId: string, body: unknown, attributes: Partial<SQSRecord['attributes']> = {}): SQSRecord {
  return {
    messageId,
    receiptHandle: `AQEB${messageId}==`,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1763800000000',
      SenderId: 'AIDAEXAMPLE',
      ApproximateFirstReceiveTimestamp: '1763800000100',
      ...attributes,
    },
    messageAttributes: {},
    md5OfBody: 'd41d8cd98f00b204e9800998ecf8427e',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:111111111111:OrderEventsWorker-OrderEvents',
    awsRegion: 'eu-west-1',
  };
}

function placed(eventId: string, orderId = 'o-1'): OrderEvent {
  return { eventId, type: 'OrderPlaced', orderId, amountCents: 2599 };
}

function memory(): AppliedEvents & { ids: Set<string> } {
  const ids = new Set<string>();
  return { ids, has: async id => ids.has(id), add: async id => { ids.add(id); } };
}

beforeEach(() => {
  dynamoDb.reset();
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe('order events worker', () => {
  test('a fully successful batch reports no failures', async () => {
    const apply = jest.fn(async () => undefined);
    const result = await processBatch({ Records: [record('m1', placed('e1')), record('m2', placed('e2'))] }, apply, memory());
    expect(result).toEqual({ batchItemFailures: [] });
    expect(apply).toHaveBeenCalledTimes(2);
  });

  test('only the failed messages are reported: a poison message and a transient failure', async () => {
    const apply = jest.fn(async (event: OrderEvent) => { if (event.eventId === 'e3') throw new Error('database timeout'); });
    const event: SQSEvent = { Records: [
      record('m1', placed('e1')),
      record('m2', 'not json'),
      record('m3', placed('e3')),
      record('m4', { eventId: 'e4', type: 'OrderPlaced', orderId: 'o-4', amountCents: -5 }),
      record('m5', { eventId: 'e5', type: 'OrderCancelled', orderId: 'o-5' }),
    ] };
    const result = await processBatch(event, apply, memory());
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm2' }, { itemIdentifier: 'm3' }, { itemIdentifier: 'm4' }]);
    expect(apply.mock.calls.map(([e]) => e.eventId)).toEqual(['e1', 'e3', 'e5']);
  });

  test('a retried batch does not apply an event twice (idempotent on eventId)', async () => {
    const applied = memory();
    const apply = jest.fn(async (event: OrderEvent) => { if (event.eventId === 'e2' && apply.mock.calls.length < 3) throw new Error('throttled'); });
    const first = await processBatch({ Records: [record('m1', placed('e1')), record('m2', placed('e2'))] }, apply, applied);
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: 'm2' }]);
    // SQS redelivers m2, and at-least-once delivery may redeliver m1 too.
    const retry = await processBatch({ Records: [record('m1', placed('e1'), { ApproximateReceiveCount: '2' }), record('m2', placed('e2'), { ApproximateReceiveCount: '2' })] }, apply, applied);
    expect(retry.batchItemFailures).toEqual([]);
    expect(apply.mock.calls.map(([e]) => e.eventId)).toEqual(['e1', 'e2', 'e2']);
    expect([...applied.ids]).toEqual(['e1', 'e2']);
  });

  test('on a FIFO queue a failure blocks the rest of its message group, not other groups', async () => {
    const apply = jest.fn(async (event: OrderEvent) => { if (event.eventId === 'a2') throw new Error('conflict'); });
    const fifo = (id: string, group: string) => record(`m-${id}`, placed(id, `order-${group}`), { MessageGroupId: group, SequenceNumber: '1' });
    const result = await processBatch({ Records: [fifo('a1', 'A'), fifo('a2', 'A'), fifo('b1', 'B'), fifo('a3', 'A'), fifo('b2', 'B')] }, apply, memory());
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm-a2' }, { itemIdentifier: 'm-a3' }]);
    expect(apply.mock.calls.map(([e]) => e.eventId)).toEqual(['a1', 'a2', 'b1', 'b2']);
  });

  test('logs message ids, never message bodies', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await processBatch({ Records: [record('m1', { ...placed('e1'), orderId: 'secret-order' }), record('m2', 'garbage body')] }, async () => undefined, memory());
    const lines = log.mock.calls.map(([line]) => JSON.parse(String(line)));
    expect(lines.map(l => l.messageId)).toEqual(['m1', 'm2']);
    expect(JSON.stringify(lines)).not.toContain('secret-order');
    expect(JSON.stringify(lines)).not.toContain('garbage body');
  });

  test.each(['null', '42', '[]', '"text"'])('parseOrderEvent refuses a body that is JSON but not an object: %s', (body) => {
    expect(() => parseOrderEvent(body)).toThrow(new PoisonMessageError('body is not a JSON object'));
  });

  test('parseOrderEvent names every invalid field', () => {
    expect(() => parseOrderEvent('{"type":"Refund"}')).toThrow(new PoisonMessageError('invalid fields: eventId, type, orderId'));
    expect(() => parseOrderEvent(JSON.stringify({ eventId: 'e', type: 'OrderPlaced', orderId: 'o', amountCents: 1.5 }))).toThrow('amountCents');
    expect(parseOrderEvent(JSON.stringify({ eventId: 'e', type: 'OrderCancelled', orderId: 'o' }))).toEqual({ eventId: 'e', type: 'OrderCancelled', orderId: 'o' });
  });

});

describe('applied events in DynamoDB', () => {
  const now = () => new Date('2026-11-22T08:30:00.000Z');

  test('an id is looked up with a strongly consistent read of its key only', async () => {
    dynamoDb.on(GetItemCommand).resolvesOnce({ Item: { eventId: { S: 'e1' } } }).resolvesOnce({});
    const applied = dynamoDbAppliedEvents(TABLE, new DynamoDBClient({}), now);

    await expect(applied.has('e1')).resolves.toBe(true);
    await expect(applied.has('e2')).resolves.toBe(false);

    expect(dynamoDb.commandCalls(GetItemCommand).map(call => call.args[0].input)).toEqual(['e1', 'e2'].map(eventId => ({
      TableName: TABLE, Key: { eventId: { S: eventId } }, ConsistentRead: true, ProjectionExpression: 'eventId',
    })));
  });

  test('an applied id is written with the time it was applied and expires after the retention', async () => {
    dynamoDb.on(PutItemCommand).resolves({});
    await dynamoDbAppliedEvents(TABLE, new DynamoDBClient({}), now).add('e1');

    const expiresAt = Date.parse('2026-11-22T08:30:00.000Z') / 1000 + APPLIED_EVENT_RETENTION_SECONDS;
    expect(dynamoDb.commandCalls(PutItemCommand).map(call => call.args[0].input)).toEqual([{
      TableName: TABLE,
      Item: { eventId: { S: 'e1' }, appliedAt: { S: '2026-11-22T08:30:00.000Z' }, expiresAt: { N: String(expiresAt) } },
    }]);
    // Longer than a message can live in SQS (14 days at most, in the dead-letter queue).
    expect(APPLIED_EVENT_RETENTION_SECONDS).toBeGreaterThan(14 * 24 * 60 * 60);
  });

  test('a retry after a partial failure skips the event already recorded in the table', async () => {
    // e1 was applied and recorded by an earlier invocation (another execution environment); e2 was not.
    dynamoDb.on(GetItemCommand, { Key: { eventId: { S: 'e1' } } }).resolves({ Item: { eventId: { S: 'e1' } } });
    dynamoDb.on(GetItemCommand, { Key: { eventId: { S: 'e2' } } }).resolves({});
    dynamoDb.on(PutItemCommand).resolves({});
    const apply = jest.fn(async (_event: OrderEvent) => undefined);

    const result = await processBatch({ Records: [record('m1', placed('e1'), { ApproximateReceiveCount: '2' }), record('m2', placed('e2'))] },
      apply, dynamoDbAppliedEvents(TABLE, new DynamoDBClient({}), now));

    expect(result).toEqual({ batchItemFailures: [] });
    expect(apply.mock.calls.map(([event]) => event.eventId)).toEqual(['e2']);
    expect(dynamoDb.commandCalls(PutItemCommand).map(call => call.args[0].input.Item?.eventId)).toEqual([{ S: 'e2' }]);
  });

  test('a throttled table fails only the message it was reading for', async () => {
    dynamoDb.on(GetItemCommand).resolves({});
    dynamoDb.on(GetItemCommand, { Key: { eventId: { S: 'e2' } } })
      .rejects(new ProvisionedThroughputExceededException({ message: 'Throughput exceeds the current capacity', $metadata: {} }));
    dynamoDb.on(PutItemCommand).resolves({});

    const result = await processBatch({ Records: [record('m1', placed('e1')), record('m2', placed('e2')), record('m3', placed('e3'))] },
      async () => undefined, dynamoDbAppliedEvents(TABLE, new DynamoDBClient({}), now));

    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'm2' }] });
    expect(dynamoDb.commandCalls(PutItemCommand).map(call => call.args[0].input.Item?.eventId)).toEqual([{ S: 'e1' }, { S: 'e3' }]);
  });

  describe('the Lambda entry point', () => {
    afterEach(() => {
      delete process.env.APPLIED_EVENTS_TABLE;
    });

    test('records applied events in the table named by APPLIED_EVENTS_TABLE and returns partial batch failures', async () => {
      process.env.APPLIED_EVENTS_TABLE = TABLE;
      dynamoDb.on(GetItemCommand).resolves({});
      dynamoDb.on(PutItemCommand).resolves({});

      await expect(handler({ Records: [record('m1', placed('entry-1')), record('m2', '{')] })).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: 'm2' }] });

      expect(dynamoDb.commandCalls(PutItemCommand).map(call => call.args[0].input)).toEqual([
        expect.objectContaining({ TableName: TABLE, Item: expect.objectContaining({ eventId: { S: 'entry-1' } }) }),
      ]);
    });
  });
});
