import { AttributeValue, DynamoDBClient, TransactionCanceledException, TransactWriteItem, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { InvalidInstructionError, Ledger, LedgerOutcome, parseInstruction, PaymentInstruction, processBatch } from '../../examples/regulated-payments/handler';
import { DynamoDbLedger } from '../../examples/regulated-payments/handler/dynamodb-ledger';

const dynamoDb = mockClient(DynamoDBClient);

let sequence = 0;
/** A record as Lambda's SQS poller delivers it from the payments FIFO queue (message group = account). */
function record(messageId: string, body: unknown, attributes: Partial<SQSRecord['attributes']> = {}): SQSRecord {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const accountId = (body as Partial<PaymentInstruction>)?.accountId ?? 'acc-unknown';
  sequence += 1;
  return {
    messageId,
    receiptHandle: `AQEB${messageId}==`,
    body: text,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1763800000000',
      SenderId: 'AROAEXAMPLE:payments-api',
      ApproximateFirstReceiveTimestamp: '1763800000100',
      MessageGroupId: accountId,
      MessageDeduplicationId: `dedup-${messageId}`,
      SequenceNumber: `18800000000000${String(sequence).padStart(6, '0')}`,
      ...attributes,
    },
    messageAttributes: {},
    md5OfBody: '0f343b0931126a20f133d67c2b018a3b',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:111111111111:RegulatedPayments-InstructionsQueue.fifo',
    awsRegion: 'eu-west-1',
  };
}

function payment(paymentId: string, direction: 'DEBIT' | 'CREDIT', amountMinor: number, accountId = 'acc-1', currency = 'EUR'): PaymentInstruction {
  return { paymentId, accountId, direction, amountMinor, currency };
}

const batch = (...records: SQSRecord[]): SQSEvent => ({ Records: records });

/** The ledger writes strings and numbers only. */
const text = (value: AttributeValue): string => (value.S ?? value.N)!;

/**
 * A stand-in for DynamoDB that honours the ledger's two conditions: a payment entry is put only if absent, and a
 * balance change needs the account's currency (and, for a debit, enough balance). A failed condition cancels the
 * whole transaction with one reason per item, as TransactWriteItems does.
 */
function fakeTable() {
  const items = new Map<string, Record<string, string>>();
  /** One TransactWriteItems request. */
  async function transactWrite(transaction: TransactWriteItem[]): Promise<void> {
    const passes = transaction.map(item => {
      if (item.Put) return !items.has(text(item.Put.Item!.pk));
      const { Key, ExpressionAttributeValues: values } = item.Update!;
      const account = items.get(text(Key!.pk));
      const amount = values![':amount'];
      if (amount) return account !== undefined && account.currency === text(values![':currency']) && Number(account.balanceMinor) >= Number(text(amount));
      return account === undefined || account.currency === text(values![':currency']);
    });
    if (passes.includes(false)) {
      throw new TransactionCanceledException({
        message: 'Transaction cancelled',
        $metadata: { httpStatusCode: 400 },
        CancellationReasons: passes.map(ok => ({ Code: ok ? 'None' : 'ConditionalCheckFailed' })),
      });
    }
    for (const item of transaction) {
      if (item.Put) {
        items.set(text(item.Put.Item!.pk), Object.fromEntries(Object.entries(item.Put.Item!).map(([name, value]) => [name, text(value)])));
      } else {
        const { Key, ExpressionAttributeValues: values } = item.Update!;
        const pk = text(Key!.pk);
        const account = items.get(pk) ?? { pk, balanceMinor: '0', currency: text(values![':currency']) };
        items.set(pk, { ...account, balanceMinor: String(Number(account.balanceMinor) + Number(text(values![':delta']))) });
      }
    }
  }
  return { items, transactWrite, balance: (accountId: string) => Number(items.get(`ACCOUNT#${accountId}`)?.balanceMinor) };
}

/** Routes the ledger's TransactWriteItems requests to `table`. */
function serve(table: ReturnType<typeof fakeTable>) {
  dynamoDb.on(TransactWriteItemsCommand).callsFake(async input => {
    await table.transactWrite(input.TransactItems);
    return {};
  });
}

const NOW = new Date('2026-11-22T10:00:00.000Z');

beforeEach(() => {
  dynamoDb.reset();
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe('parseInstruction', () => {
  test('keeps exactly the instruction fields', () => {
    expect(parseInstruction(JSON.stringify({ ...payment('p-1', 'CREDIT', 1250), note: 'ignored' }))).toEqual(payment('p-1', 'CREDIT', 1250));
  });

  test('accepts the largest exact amount and 64-character ids (one more of either is refused below)', () => {
    const longest = 'p'.repeat(64);
    const instruction = payment(longest, 'CREDIT', Number.MAX_SAFE_INTEGER, 'a'.repeat(64));
    expect(parseInstruction(JSON.stringify(instruction))).toEqual(instruction);
  });

  test.each([
    ['not JSON', '{"paymentId":', 'body is not JSON'],
    ['a JSON array', '[]', 'body is not a JSON object'],
    ['no payment id', { ...payment('x', 'DEBIT', 1), paymentId: undefined }, 'invalid fields: paymentId'],
    ['a payment id with a space', payment('p 1', 'DEBIT', 1), 'invalid fields: paymentId'],
    ['an unknown direction', { ...payment('p-1', 'DEBIT', 1), direction: 'REFUND' }, 'invalid fields: direction'],
    ['a fractional amount', payment('p-1', 'DEBIT', 12.5), 'invalid fields: amountMinor'],
    ['a zero amount', payment('p-1', 'CREDIT', 0), 'invalid fields: amountMinor'],
    ['an amount beyond the exact integers', payment('p-1', 'CREDIT', 2 ** 53), 'invalid fields: amountMinor'],
    ['a 65-character payment id', payment('p'.repeat(65), 'CREDIT', 1), 'invalid fields: paymentId'],
    ['a 65-character account id', payment('p-1', 'CREDIT', 1, 'a'.repeat(65)), 'invalid fields: accountId'],
    ['an amount as text', { ...payment('p-1', 'CREDIT', 1), amountMinor: '100' }, 'invalid fields: amountMinor'],
    ['an unknown currency', payment('p-1', 'CREDIT', 100, 'acc-1', 'XYZ'), 'invalid fields: currency'],
    ['a lower-case currency', payment('p-1', 'CREDIT', 100, 'acc-1', 'eur'), 'invalid fields: currency'],
    ['several problems', { paymentId: 'p-1', direction: 'DEBIT' }, 'invalid fields: accountId, amountMinor, currency'],
  ])('refuses %s', (_case, body, message) => {
    const parse = () => parseInstruction(typeof body === 'string' ? body : JSON.stringify(body));
    expect(parse).toThrow(InvalidInstructionError);
    expect(parse).toThrow(message);
  });
});

describe('processBatch', () => {
  test('applies every instruction and reports no failure; duplicates and rejections are outcomes, not failures', async () => {
    const outcomes: Record<string, LedgerOutcome> = { 'p-1': 'APPLIED', 'p-2': 'DUPLICATE', 'p-3': 'REJECTED' };
    const ledger: Ledger = { apply: jest.fn(async (p: PaymentInstruction) => outcomes[p.paymentId]) };
    const result = await processBatch(batch(
      record('m1', payment('p-1', 'CREDIT', 100)), record('m2', payment('p-2', 'CREDIT', 100)), record('m3', payment('p-3', 'DEBIT', 999, 'acc-2')),
    ), ledger);
    expect(result).toEqual({ batchItemFailures: [] });
    expect(ledger.apply).toHaveBeenCalledTimes(3);
  });

  test('reports only the failed messages: an invalid instruction and a transient error', async () => {
    const ledger: Ledger = { apply: jest.fn(async (p: PaymentInstruction) => {
      if (p.paymentId === 'p-3') throw Object.assign(new Error('Rate exceeded'), { name: 'ProvisionedThroughputExceededException' });
      return 'APPLIED' as const;
    }) };
    const result = await processBatch(batch(
      record('m1', payment('p-1', 'CREDIT', 100, 'acc-1')),
      record('m2', 'not json', { MessageGroupId: 'acc-2' }),
      record('m3', payment('p-3', 'CREDIT', 100, 'acc-3')),
      record('m4', payment('p-4', 'CREDIT', 100, 'acc-4')),
    ), ledger);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm2' }, { itemIdentifier: 'm3' }]);
    expect((ledger.apply as jest.Mock).mock.calls.map(([p]) => p.paymentId)).toEqual(['p-1', 'p-3', 'p-4']);
  });

  test("a failure holds back the rest of its account's messages, not other accounts'", async () => {
    const ledger: Ledger = { apply: jest.fn(async (p: PaymentInstruction) => {
      if (p.paymentId === 'a-2') throw new Error('socket hang up');
      return 'APPLIED' as const;
    }) };
    const result = await processBatch(batch(
      record('m-a1', payment('a-1', 'CREDIT', 100, 'acc-A')),
      record('m-a2', payment('a-2', 'DEBIT', 50, 'acc-A')),
      record('m-b1', payment('b-1', 'CREDIT', 100, 'acc-B')),
      record('m-a3', payment('a-3', 'DEBIT', 20, 'acc-A')),
      record('m-b2', payment('b-2', 'DEBIT', 30, 'acc-B')),
    ), ledger);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm-a2' }, { itemIdentifier: 'm-a3' }]);
    expect((ledger.apply as jest.Mock).mock.calls.map(([p]) => p.paymentId)).toEqual(['a-1', 'a-2', 'b-1', 'b-2']);
  });

  test('logs message ids, payment ids and outcomes, never account ids, amounts or bodies', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await processBatch(batch(record('m1', payment('p-1', 'CREDIT', 4242, 'acct-secret-77')), record('m2', '{"accountId":"acct-secret-88"')),
      { apply: async () => 'APPLIED' });
    const lines = log.mock.calls.map(([line]) => JSON.parse(line as string));
    expect(lines).toEqual([
      { level: 'INFO', message: 'payment processed', messageId: 'm1', receiveCount: '1', paymentId: 'p-1', outcome: 'APPLIED' },
      { level: 'ERROR', message: 'body is not JSON', messageId: 'm2', receiveCount: '1' },
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/acct-secret|4242/);
  });
});

describe('DynamoDbLedger', () => {
  test('a debit is one transaction: the payment entry if absent, and the balance change if the balance covers it', async () => {
    dynamoDb.on(TransactWriteItemsCommand).resolves({});
    await expect(new DynamoDbLedger('ledger', () => NOW).apply(payment('p-9', 'DEBIT', 700, 'acc-1', 'EUR'))).resolves.toBe('APPLIED');
    expect(dynamoDb.commandCalls(TransactWriteItemsCommand).map(call => call.args[0].input.TransactItems)).toEqual([[
      { Put: {
        TableName: 'ledger',
        Item: {
          pk: { S: 'PAYMENT#p-9' }, accountId: { S: 'acc-1' }, direction: { S: 'DEBIT' }, amountMinor: { N: '700' }, currency: { S: 'EUR' },
          outcome: { S: 'APPLIED' }, recordedAt: { S: '2026-11-22T10:00:00.000Z' },
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      } },
      { Update: {
        TableName: 'ledger',
        Key: { pk: { S: 'ACCOUNT#acc-1' } },
        UpdateExpression: 'SET currency = if_not_exists(currency, :currency), updatedAt = :updatedAt ADD balanceMinor :delta',
        ConditionExpression: 'currency = :currency AND balanceMinor >= :amount',
        ExpressionAttributeValues: { ':currency': { S: 'EUR' }, ':updatedAt': { S: '2026-11-22T10:00:00.000Z' }, ':delta': { N: '-700' }, ':amount': { N: '700' } },
      } },
    ]]);
  });

  test('credits, debits, redeliveries and an uncovered debit: each payment counts once, the refusal is recorded', async () => {
    const table = fakeTable();
    serve(table);
    const ledger = new DynamoDbLedger('ledger', () => NOW);
    expect(await ledger.apply(payment('p-1', 'CREDIT', 10_000))).toBe('APPLIED');
    expect(await ledger.apply(payment('p-2', 'DEBIT', 3_000))).toBe('APPLIED');
    expect(await ledger.apply(payment('p-2', 'DEBIT', 3_000))).toBe('DUPLICATE');
    expect(await ledger.apply(payment('p-3', 'DEBIT', 50_000))).toBe('REJECTED');
    expect(await ledger.apply(payment('p-3', 'DEBIT', 50_000))).toBe('DUPLICATE');
    expect(await ledger.apply(payment('p-4', 'CREDIT', 500, 'acc-1', 'USD'))).toBe('REJECTED');
    expect(table.balance('acc-1')).toBe(7_000);
    expect(table.items.get('PAYMENT#p-3')).toEqual(expect.objectContaining({ outcome: 'REJECTED', amountMinor: '50000' }));
    expect(table.items.get('PAYMENT#p-4')).toEqual(expect.objectContaining({ outcome: 'REJECTED', currency: 'USD' }));
  });

  test('a debit on an account that does not exist is rejected, and opens no account', async () => {
    const table = fakeTable();
    serve(table);
    expect(await new DynamoDbLedger('ledger', () => NOW).apply(payment('p-1', 'DEBIT', 100, 'acc-new'))).toBe('REJECTED');
    expect(table.items.has('ACCOUNT#acc-new')).toBe(false);
  });

  test('other errors are thrown, so the message is retried', async () => {
    const throttled = Object.assign(new Error('Throughput exceeds the current capacity'), { name: 'ThrottlingException' });
    dynamoDb.on(TransactWriteItemsCommand).rejects(throttled);
    const ledger = new DynamoDbLedger('ledger');
    await expect(ledger.apply(payment('p-1', 'CREDIT', 100))).rejects.toBe(throttled);
    const conflict = new TransactionCanceledException({
      message: 'Transaction cancelled', $metadata: { httpStatusCode: 400 }, CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
    });
    dynamoDb.on(TransactWriteItemsCommand).rejects(conflict);
    await expect(ledger.apply(payment('p-1', 'CREDIT', 100))).rejects.toBe(conflict);
  });

  test('a whole batch redelivered after a partial failure applies each payment once', async () => {
    const table = fakeTable();
    let failNext = true;
    dynamoDb.on(TransactWriteItemsCommand).callsFake(async ({ TransactItems: items }: { TransactItems: TransactWriteItem[] }) => {
      if (failNext && items[0].Put && text(items[0].Put.Item!.pk) === 'PAYMENT#p-2') {
        failNext = false;
        throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      }
      await table.transactWrite(items);
      return {};
    });
    const ledger = new DynamoDbLedger('ledger', () => NOW);
    const first = batch(record('m1', payment('p-1', 'CREDIT', 1_000)), record('m2', payment('p-2', 'DEBIT', 400)));
    expect((await processBatch(first, ledger)).batchItemFailures).toEqual([{ itemIdentifier: 'm2' }]);
    // SQS redelivers m2, and at-least-once delivery may redeliver m1 as well.
    const retry = batch(record('m1', payment('p-1', 'CREDIT', 1_000), { ApproximateReceiveCount: '2' }), record('m2', payment('p-2', 'DEBIT', 400), { ApproximateReceiveCount: '2' }));
    expect((await processBatch(retry, ledger)).batchItemFailures).toEqual([]);
    expect(table.balance('acc-1')).toBe(600);
  });
});

describe('handler', () => {
  /**
   * The handler module afresh (it creates its ledger once per module load), with the SDK client of that load
   * mocked: a fresh module registry has its own copy of the SDK, so the file's mock does not reach it.
   */
  const loadHandler = () => {
    let loaded!: { handler: typeof import('../../examples/regulated-payments/handler').handler; sent: () => unknown[] };
    jest.isolateModules(() => {
      const sdk: typeof import('@aws-sdk/client-dynamodb') = require('@aws-sdk/client-dynamodb');
      const client = mockClient(sdk.DynamoDBClient);
      client.on(sdk.TransactWriteItemsCommand).resolves({});
      const { handler } = require('../../examples/regulated-payments/handler');
      loaded = { handler, sent: () => client.calls().map(call => call.args[0].input) };
    });
    return loaded;
  };
  afterEach(() => { delete process.env.LEDGER_TABLE; });

  test('writes to the table named by LEDGER_TABLE through the runtime SDK client', async () => {
    process.env.LEDGER_TABLE = 'RegulatedPayments-Ledger';
    const { handler, sent } = loadHandler();
    const result = await handler(batch(record('m1', payment('p-1', 'CREDIT', 100))));
    expect(result).toEqual({ batchItemFailures: [] });
    expect(sent()).toEqual([{ TransactItems: [
      expect.objectContaining({ Put: expect.objectContaining({ TableName: 'RegulatedPayments-Ledger' }) }),
      expect.objectContaining({ Update: expect.objectContaining({ TableName: 'RegulatedPayments-Ledger', Key: { pk: { S: 'ACCOUNT#acc-1' } } }) }),
    ] }]);
  });

  test('fails without LEDGER_TABLE, before touching any message', async () => {
    const { handler, sent } = loadHandler();
    expect(() => handler(batch(record('m1', payment('p-1', 'CREDIT', 100))))).toThrow('LEDGER_TABLE is not set');
    expect(sent()).toEqual([]);
  });
});
