/**
 * Nightly sales report: run by an EventBridge schedule shortly after midnight UTC, it totals the previous UTC day's
 * sales (one partition of the sales table per day), per currency, and writes one report item for that day.
 *
 * Idempotent per scheduled day: the report's key is the day derived from the scheduled event's `time`, written only if
 * absent. A re-run for the same `time` (Lambda's asynchronous retries, EventBridge delivering an event twice, an
 * operator re-sending a failed event from the failure queue) finds the report and returns it without writing again.
 *
 * What the function returns is the success record Lambda sends to the on-success destination (an event bus); an error
 * is retried by Lambda, then the event goes to the on-failure queue. A sales item that cannot be read fails the run
 * rather than producing a report that silently leaves it out.
 */
import {
  AttributeValue, ConditionalCheckFailedException, DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand,
} from '@aws-sdk/client-dynamodb';
import type { ScheduledEvent } from 'aws-lambda';

/** One sale as the order service writes it to the sales table (key: day, orderId). */
export interface Sale {
  readonly orderId: string;
  readonly status: 'PAID' | 'REFUNDED';
  readonly currency: string;
  readonly totalCents: number;
}

/** Totals of one currency. */
export interface CurrencyTotals {
  readonly grossCents: number;
  readonly refundedCents: number;
}

/** The report of one day. */
export interface DailyReport {
  /** The UTC day reported on, YYYY-MM-DD. */
  readonly reportDate: string;
  /** The scheduled event's `time` that produced it. */
  readonly scheduledTime: string;
  readonly orders: number;
  readonly refunds: number;
  readonly totals: Record<string, CurrencyTotals>;
}

/** What the function returns: the payload of the on-success record. */
export interface ReportResult extends DailyReport {
  /** 'created' by this run, or 'already-reported' by an earlier run for the same day. */
  readonly outcome: 'created' | 'already-reported';
}

/** Where sales are read and reports written. */
export interface ReportStore {
  findReport(reportDate: string): Promise<DailyReport | undefined>;
  salesOf(day: string): Promise<Sale[]>;
  /** 'exists' when a report for that day was written first (by a concurrent run). */
  saveReport(report: DailyReport): Promise<'created' | 'exists'>;
}

/** An event this function cannot act on: retrying it cannot help. */
export class InvalidEventError extends Error {}

const DAY_MS = 86_400_000;

/** The UTC day before the scheduled time: a run at 02:15Z on the 29th reports on the 28th. */
export function reportDateOf(event: ScheduledEvent): string {
  if (event.source !== 'aws.events' || event['detail-type'] !== 'Scheduled Event') {
    throw new InvalidEventError(`not an EventBridge scheduled event (source ${event.source}, detail-type ${event['detail-type']})`);
  }
  const time = Date.parse(event.time);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(event.time ?? '') || Number.isNaN(time)) throw new InvalidEventError(`invalid time: ${event.time}`);
  return new Date(time - DAY_MS).toISOString().slice(0, 10);
}

/** Totals sales per currency: paid orders count as gross, refunded ones as refunds. */
export function aggregate(reportDate: string, scheduledTime: string, sales: Sale[]): DailyReport {
  const totals: Record<string, { grossCents: number; refundedCents: number }> = {};
  let orders = 0;
  let refunds = 0;
  for (const sale of sales) {
    const currency = totals[sale.currency] ??= { grossCents: 0, refundedCents: 0 };
    if (sale.status === 'PAID') {
      orders++;
      currency.grossCents += sale.totalCents;
    } else {
      refunds++;
      currency.refundedCents += sale.totalCents;
    }
  }
  return { reportDate, scheduledTime, orders, refunds, totals };
}

/** Writes the report of the day before `event.time`, once. */
export async function runNightlyReport(event: ScheduledEvent, store: ReportStore): Promise<ReportResult> {
  const reportDate = reportDateOf(event);
  const existing = await store.findReport(reportDate);
  if (existing) return alreadyReported(existing, event);

  const report = aggregate(reportDate, event.time, await store.salesOf(reportDate));
  if (await store.saveReport(report) === 'exists') {
    // A concurrent run won the conditional write: report what it wrote.
    return alreadyReported((await store.findReport(reportDate))!, event);
  }
  log('INFO', 'report created', event, { reportDate, orders: report.orders, refunds: report.refunds });
  return { ...report, outcome: 'created' };
}

function alreadyReported(report: DailyReport, event: ScheduledEvent): ReportResult {
  log('INFO', 'report already exists', event, { reportDate: report.reportDate, firstRunTime: report.scheduledTime });
  return { ...report, outcome: 'already-reported' };
}

function log(level: string, message: string, event: ScheduledEvent, extra: Record<string, unknown>) {
  console.log(JSON.stringify({ level, message, eventId: event.id, time: event.time, ...extra }));
}

type Item = Record<string, AttributeValue>;

/** Created once per execution environment and reused by every invocation (its connections too). */
const dynamoDb = new DynamoDBClient({});

/**
 * The sales table (key: day, orderId) and the reports table (key: reportDate) in DynamoDB.
 *
 * The SDK is the Lambda runtime's: bundledCode keeps `@aws-sdk/*` out of the bundle.
 */
export function dynamoDbReportStore(salesTable: string, reportsTable: string): ReportStore {
  return {
    async findReport(reportDate) {
      // Strongly consistent: a report written a moment ago by a concurrent run must be seen.
      const key = { reportDate: { S: reportDate } };
      const { Item } = await dynamoDb.send(new GetItemCommand({ TableName: reportsTable, Key: key, ConsistentRead: true }));
      return Item ? fromReportItem(Item) : undefined;
    },
    async salesOf(day) {
      const sales: Sale[] = [];
      let startKey: Item | undefined;
      do {
        const page = await dynamoDb.send(new QueryCommand({
          TableName: salesTable,
          KeyConditionExpression: '#day = :day',
          ProjectionExpression: 'orderId, #status, currency, totalCents',
          ExpressionAttributeNames: { '#day': 'day', '#status': 'status' },
          ExpressionAttributeValues: { ':day': { S: day } },
          ExclusiveStartKey: startKey,
        }));
        sales.push(...(page.Items ?? []).map(toSale));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return sales;
    },
    async saveReport(report) {
      try {
        await dynamoDb.send(new PutItemCommand({ TableName: reportsTable, Item: toReportItem(report), ConditionExpression: 'attribute_not_exists(reportDate)' }));
        return 'created';
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return 'exists';
        throw error;
      }
    },
  };
}

/** Reads a sales item; throws for an item the report cannot count. */
export function toSale(item: Item): Sale {
  const orderId = item.orderId?.S;
  const status = item.status?.S;
  const currency = item.currency?.S;
  const totalCents = Number(item.totalCents?.N);
  if (!orderId || (status !== 'PAID' && status !== 'REFUNDED') || currency === undefined || !/^[A-Z]{3}$/.test(currency) || !Number.isSafeInteger(totalCents) || totalCents < 0) {
    throw new Error(`sales item ${orderId ?? '(no orderId)'} cannot be counted: status, currency or totalCents invalid`);
  }
  return { orderId, status, currency, totalCents };
}

export function toReportItem(report: DailyReport): Item {
  return {
    reportDate: { S: report.reportDate },
    scheduledTime: { S: report.scheduledTime },
    orders: { N: String(report.orders) },
    refunds: { N: String(report.refunds) },
    totals: { M: Object.fromEntries(Object.entries(report.totals).map(([currency, t]) => [currency, { M: {
      grossCents: { N: String(t.grossCents) },
      refundedCents: { N: String(t.refundedCents) },
    } }])) },
  };
}

function fromReportItem(item: Record<string, any>): DailyReport {
  const totals = Object.fromEntries(Object.entries<any>(item.totals.M).map(([currency, t]) => [currency, {
    grossCents: Number(t.M.grossCents.N),
    refundedCents: Number(t.M.refundedCents.N),
  }]));
  const { reportDate, scheduledTime, orders, refunds } = item;
  return { reportDate: reportDate.S, scheduledTime: scheduledTime.S, orders: Number(orders.N), refunds: Number(refunds.N), totals };
}

let store: ReportStore | undefined;

/** The Lambda entry point. */
export const handler = (event: ScheduledEvent): Promise<ReportResult> => {
  store ??= dynamoDbReportStore(requiredEnv('SALES_TABLE_NAME'), requiredEnv('REPORTS_TABLE_NAME'));
  return runNightlyReport(event, store);
};

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}
