/**
 * Clickstream processor: aggregates page views from a Kinesis stream and reports partial batch failures.
 *
 * For a stream, Lambda retries from the lowest sequence number reported and keeps the shard's order, so the
 * handler reports the first record it could not process and stops there: records after it are retried with it,
 * never skipped. With bisect-on-error and a bounded retry count on the mapping, a record that keeps failing ends
 * up, with its batch's metadata, in the on-failure queue instead of blocking the shard.
 */
import type { KinesisStreamBatchResponse, KinesisStreamEvent, KinesisStreamRecord } from 'aws-lambda';

/** One page view as the web tier writes it. */
export interface PageView {
  readonly sessionId: string;
  readonly path: string;
  readonly timestamp: number;
}

/** Where aggregated counts go (a table in production); injected so tests can observe and fail it. */
export type RecordViews = (counts: Map<string, number>) => Promise<void>;

/** Decodes a record's base64 data; throws for data that is not a page view. */
export function decodePageView(record: KinesisStreamRecord): PageView {
  const text = Buffer.from(record.kinesis.data, 'base64').toString('utf8');
  const view = JSON.parse(text) as Partial<PageView>;
  if (typeof view.sessionId !== 'string' || typeof view.path !== 'string' || !view.path.startsWith('/') || typeof view.timestamp !== 'number') {
    throw new Error('not a page view');
  }
  return view as PageView;
}

/** Counts views per path, record by record in shard order, and stops at the first failure. */
export async function processBatch(event: KinesisStreamEvent, recordViews: RecordViews): Promise<KinesisStreamBatchResponse> {
  const counts = new Map<string, number>();
  let failedAt: string | undefined;
  for (const record of event.Records) {
    try {
      const view = decodePageView(record);
      counts.set(view.path, (counts.get(view.path) ?? 0) + 1);
    } catch (error) {
      failedAt = record.kinesis.sequenceNumber;
      console.log(JSON.stringify({ level: 'WARN', message: (error as Error).message, sequenceNumber: failedAt, shard: record.eventID.split(':')[0] }));
      break;
    }
  }
  try {
    // Counts of the records before the failure are written once: the retry starts at the failed record.
    if (counts.size > 0) await recordViews(counts);
  } catch (error) {
    console.log(JSON.stringify({ level: 'WARN', message: `write failed: ${(error as Error).message}` }));
    return { batchItemFailures: event.Records.length > 0 ? [{ itemIdentifier: event.Records[0].kinesis.sequenceNumber }] : [] };
  }
  return { batchItemFailures: failedAt ? [{ itemIdentifier: failedAt }] : [] };
}

/** The Lambda entry point. */
export const handler = (event: KinesisStreamEvent): Promise<KinesisStreamBatchResponse> =>
  processBatch(event, async counts => { console.log(JSON.stringify({ level: 'INFO', message: 'views counted', paths: counts.size })); });
