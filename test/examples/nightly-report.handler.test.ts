import { ConditionalCheckFailedException, DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { ScheduledEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import {
  DailyReport, dynamoDbReportStore, handler, InvalidEventError, ReportStore, reportDateOf, runNightlyReport, Sale, toReportItem, toSale,
} from '../../examples/nightly-report/handler';

const dynamoDb = mockClient(DynamoDBClient);
beforeEach(() => dynamoDb.reset());

const RULE_ARN = 'arn:aws:events:eu-west-1:111111111111:rule/NightlyReport-ReporterSchedulecron1520641F-7QX2M5K0ZP1R';

/** The event EventBridge sends for a cron rule ("Scheduled Event", empty detail). */
function scheduled(time: string, id = '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa'): ScheduledEvent {
  return {
    'version': '0',
    id,
    'detail-type': 'Scheduled Event',
    'source': 'aws.events',
    'account': '111111111111',
    time,
    'region': 'eu-west-1',
    'resources': [RULE_ARN],
    'detail': {},
  };
}

const sale = (orderId: string, status: Sale['status'], currency: string, totalCents: number): Sale => ({ orderId, status, currency, totalCents });

/** The two tables in memory, with the conditional put's semantics; `failSales` fails the next N queries. */
function memoryStore(salesByDay: Record<string, Sale[]>): ReportStore & { reports: Map<string, DailyReport>; queries: string[]; failSales: number } {
  const reports = new Map<string, DailyReport>();
  const store = {
    reports,
    queries: [] as string[],
    failSales: 0,
    async findReport(day: string) { return reports.get(day); },
    async salesOf(day: string) {
      store.queries.push(day);
      if (store.failSales > 0) {
        store.failSales--;
        throw Object.assign(new Error('Throughput exceeds the current capacity of your table'), { name: 'ProvisionedThroughputExceededException' });
      }
      return salesByDay[day] ?? [];
    },
    async saveReport(report: DailyReport) {
      if (reports.has(report.reportDate)) return 'exists' as const;
      reports.set(report.reportDate, report);
      return 'created' as const;
    },
  };
  return store;
}

const NOV_28 = [
  sale('o-1', 'PAID', 'EUR', 2599),
  sale('o-2', 'PAID', 'EUR', 10_000),
  sale('o-3', 'REFUNDED', 'EUR', 1500),
  sale('o-4', 'PAID', 'USD', 4999),
];

beforeEach(() => jest.spyOn(console, 'log').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe('nightly report handler', () => {
  test('reports on the UTC day before the scheduled time, across month, year and leap-day boundaries', () => {
    expect(reportDateOf(scheduled('2026-11-29T02:15:00Z'))).toBe('2026-11-28');
    expect(reportDateOf(scheduled('2026-12-01T02:15:00Z'))).toBe('2026-11-30');
    expect(reportDateOf(scheduled('2027-01-01T02:15:00Z'))).toBe('2026-12-31');
    expect(reportDateOf(scheduled('2028-03-01T02:15:00Z'))).toBe('2028-02-29');
  });

  test('fails on an event that is not a scheduled event', () => {
    expect(() => reportDateOf({ ...scheduled('2026-11-29T02:15:00Z'), 'source': 'my.app' })).toThrow(InvalidEventError);
    const s3Event = { ...scheduled('2026-11-29T02:15:00Z'), 'source': 'aws.s3', 'detail-type': 'Object Created' } as unknown as ScheduledEvent;
    expect(() => reportDateOf(s3Event)).toThrow(new InvalidEventError('not an EventBridge scheduled event (source aws.s3, detail-type Object Created)'));
    expect(() => reportDateOf(scheduled('yesterday'))).toThrow(new InvalidEventError('invalid time: yesterday'));
  });

  test('totals paid and refunded sales per currency and writes the report once', async () => {
    const store = memoryStore({ '2026-11-28': NOV_28, '2026-11-29': [sale('o-9', 'PAID', 'EUR', 777)] });
    const result = await runNightlyReport(scheduled('2026-11-29T02:15:00Z'), store);
    const expected: DailyReport = {
      reportDate: '2026-11-28',
      scheduledTime: '2026-11-29T02:15:00Z',
      orders: 3,
      refunds: 1,
      totals: { EUR: { grossCents: 12_599, refundedCents: 1500 }, USD: { grossCents: 4999, refundedCents: 0 } },
    };
    expect(result).toEqual({ ...expected, outcome: 'created' });
    expect([...store.reports.values()]).toEqual([expected]);
  });

  test('a day without sales gets an empty report', async () => {
    const store = memoryStore({});
    await expect(runNightlyReport(scheduled('2026-11-29T02:15:00Z'), store)).resolves
      .toMatchObject({ reportDate: '2026-11-28', orders: 0, refunds: 0, totals: {}, outcome: 'created' });
  });

  test('a re-run for the same scheduled time returns the report without reading sales or writing again', async () => {
    const store = memoryStore({ '2026-11-28': NOV_28 });
    const first = await runNightlyReport(scheduled('2026-11-29T02:15:00Z'), store);
    // EventBridge delivers the event a second time; later sales for that day must not change the written report.
    const second = await runNightlyReport(scheduled('2026-11-29T02:15:00Z', '0b4a2f7e-9c5d-4e1a-8f3b-6d2c1e0a9b87'), memoryStoreWith(store, sale('o-5', 'PAID', 'EUR', 1)));
    expect(second).toEqual({ ...first, outcome: 'already-reported' });
    expect(store.queries).toEqual(['2026-11-28']);
    expect(store.reports.size).toBe(1);
  });

  test('a run that failed is retried by Lambda with the same event and then writes the report', async () => {
    const store = memoryStore({ '2026-11-28': NOV_28 });
    store.failSales = 1;
    const event = scheduled('2026-11-29T02:15:00Z');
    await expect(runNightlyReport(event, store)).rejects.toThrow('Throughput exceeds the current capacity');
    expect(store.reports.size).toBe(0);
    await expect(runNightlyReport(event, store)).resolves.toMatchObject({ outcome: 'created', orders: 3 });
    expect(store.queries).toEqual(['2026-11-28', '2026-11-28']);
  });

  test('when a concurrent run writes the report first, this run returns that report', async () => {
    const store = memoryStore({ '2026-11-28': NOV_28 });
    const winner: DailyReport = { reportDate: '2026-11-28', scheduledTime: '2026-11-29T02:15:00Z', orders: 2, refunds: 0, totals: { EUR: { grossCents: 12_599, refundedCents: 0 } } };
    const racing: ReportStore = {
      findReport: async day => (store.reports.has(day) ? store.findReport(day) : undefined),
      salesOf: async day => { store.reports.set(day, winner); return store.salesOf(day); },
      saveReport: report => store.saveReport(report),
    };
    await expect(runNightlyReport(scheduled('2026-11-29T02:15:00Z'), racing)).resolves.toEqual({ ...winner, outcome: 'already-reported' });
    expect(store.reports.get('2026-11-28')).toBe(winner);
  });
});

/** The same tables, where the sales partition has grown since. */
function memoryStoreWith(store: ReturnType<typeof memoryStore>, extra: Sale): ReportStore {
  return { ...store, salesOf: async day => [...await store.salesOf(day), extra] };
}

describe('DynamoDB report store', () => {
  const item = (orderId: string, status: string, currency: string, totalCents: string) => ({
    orderId: { S: orderId }, status: { S: status }, currency: { S: currency }, totalCents: { N: totalCents },
  });

  test('queries the day\'s partition page by page', async () => {
    dynamoDb.on(QueryCommand)
      .resolvesOnce({ Items: [item('o-1', 'PAID', 'EUR', '2599')], LastEvaluatedKey: { day: { S: '2026-11-28' }, orderId: { S: 'o-1' } } })
      .resolvesOnce({ Items: [item('o-2', 'REFUNDED', 'USD', '100')] });
    await expect(dynamoDbReportStore('Sales', 'Reports').salesOf('2026-11-28')).resolves
      .toEqual([sale('o-1', 'PAID', 'EUR', 2599), sale('o-2', 'REFUNDED', 'USD', 100)]);
    const query = {
      TableName: 'Sales',
      KeyConditionExpression: '#day = :day',
      ProjectionExpression: 'orderId, #status, currency, totalCents',
      ExpressionAttributeNames: { '#day': 'day', '#status': 'status' },
      ExpressionAttributeValues: { ':day': { S: '2026-11-28' } },
    };
    expect(dynamoDb.calls().map(call => call.args[0].input)).toEqual([
      { ...query, ExclusiveStartKey: undefined },
      { ...query, ExclusiveStartKey: { day: { S: '2026-11-28' }, orderId: { S: 'o-1' } } },
    ]);
  });

  test('a sales item it cannot count fails the run', async () => {
    dynamoDb.on(QueryCommand).resolves({ Items: [item('o-1', 'PAID', 'EUR', '25.99')] });
    await expect(dynamoDbReportStore('Sales', 'Reports').salesOf('2026-11-28')).rejects.toThrow('sales item o-1 cannot be counted');
    expect(() => toSale(item('o-2', 'SHIPPED', 'EUR', '100'))).toThrow('o-2');
    expect(() => toSale(item('o-3', 'PAID', 'euro', '100'))).toThrow('o-3');
    expect(() => toSale({ status: { S: 'PAID' } })).toThrow('(no orderId)');
  });

  test('writes the report only if the day has none, and reads it back consistently', async () => {
    const report: DailyReport = { reportDate: '2026-11-28', scheduledTime: '2026-11-29T02:15:00Z', orders: 3, refunds: 1, totals: { EUR: { grossCents: 12_599, refundedCents: 1500 } } };
    dynamoDb.on(PutItemCommand)
      .resolvesOnce({})
      .rejectsOnce(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }));
    dynamoDb.on(GetItemCommand)
      .resolvesOnce({ Item: toReportItem(report) })
      .resolvesOnce({});
    const store = dynamoDbReportStore('Sales', 'Reports');
    await expect(store.saveReport(report)).resolves.toBe('created');
    await expect(store.saveReport(report)).resolves.toBe('exists');
    await expect(store.findReport('2026-11-28')).resolves.toEqual(report);
    await expect(store.findReport('2026-11-27')).resolves.toBeUndefined();
    const calls = dynamoDb.calls().map(call => call.args[0]);
    expect(calls[0]).toBeInstanceOf(PutItemCommand);
    expect(calls[0].input).toEqual({
      TableName: 'Reports',
      Item: {
        reportDate: { S: '2026-11-28' },
        scheduledTime: { S: '2026-11-29T02:15:00Z' },
        orders: { N: '3' },
        refunds: { N: '1' },
        totals: { M: { EUR: { M: { grossCents: { N: '12599' }, refundedCents: { N: '1500' } } } } },
      },
      ConditionExpression: 'attribute_not_exists(reportDate)',
    });
    expect(calls[2]).toBeInstanceOf(GetItemCommand);
    expect(calls[2].input).toEqual({ TableName: 'Reports', Key: { reportDate: { S: '2026-11-28' } }, ConsistentRead: true });
  });

  test('other DynamoDB errors fail the run, so that Lambda retries it', async () => {
    dynamoDb.on(PutItemCommand).rejects(Object.assign(new Error('Internal server error'), { name: 'InternalServerError' }));
    await expect(dynamoDbReportStore('Sales', 'Reports').saveReport({
      reportDate: '2026-11-28', scheduledTime: '2026-11-29T02:15:00Z', orders: 0, refunds: 0, totals: {},
    })).rejects.toThrow('Internal server error');
  });
});

describe('the Lambda entry point', () => {
  beforeAll(() => {
    process.env.SALES_TABLE_NAME = 'NightlyReport-Sales';
    process.env.REPORTS_TABLE_NAME = 'NightlyReport-Reports';
  });
  /** Each call as "<command> <table>", in order. */
  const sent = () => dynamoDb.calls().map(({ args: [command] }) => `${command.constructor.name} ${(command.input as { TableName: string }).TableName}`);

  test('a first run queries the sales table and writes to the reports table; a retry of the same event reads the report only', async () => {
    let stored: Record<string, any> | undefined;
    dynamoDb.on(GetItemCommand).callsFake(async () => (stored ? { Item: stored } : {}));
    dynamoDb.on(QueryCommand).resolves({ Items: [{ orderId: { S: 'o-1' }, status: { S: 'PAID' }, currency: { S: 'GBP' }, totalCents: { N: '1250' } }] });
    dynamoDb.on(PutItemCommand).callsFake(async input => {
      stored = input.Item;
      return {};
    });
    const event = scheduled('2026-11-29T02:15:00Z');
    await expect(handler(event)).resolves.toMatchObject({ reportDate: '2026-11-28', orders: 1, totals: { GBP: { grossCents: 1250, refundedCents: 0 } }, outcome: 'created' });
    await expect(handler(event)).resolves.toMatchObject({ reportDate: '2026-11-28', orders: 1, outcome: 'already-reported' });
    expect(sent()).toEqual([
      'GetItemCommand NightlyReport-Reports',
      'QueryCommand NightlyReport-Sales',
      'PutItemCommand NightlyReport-Reports',
      'GetItemCommand NightlyReport-Reports',
    ]);
  });

  test('a DynamoDB failure rejects, so that Lambda retries the run and finally sends the event to the failure queue', async () => {
    dynamoDb.rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }))
      .on(GetItemCommand).resolves({});
    await expect(handler(scheduled('2026-11-30T02:15:00Z'))).rejects.toThrow('Rate exceeded');
    expect(sent()).toEqual(['GetItemCommand NightlyReport-Reports', 'QueryCommand NightlyReport-Sales']);
  });
});
