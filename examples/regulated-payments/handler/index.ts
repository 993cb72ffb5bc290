/**
 * Payments ledger worker: applies payment instructions from an SQS FIFO queue (one message group per account, so
 * an account's payments are applied in order) to a DynamoDB ledger, and reports partial batch failures.
 *
 * - Idempotent: the payment id is the ledger entry's key, written with a condition in the same transaction as the
 *   balance change. A redelivered or retried instruction is recognized and acknowledged, never applied twice.
 * - A debit the balance cannot cover is recorded as rejected (a business outcome, not a failure: no retry).
 * - An instruction no retry can fix (not JSON, a missing field, an amount that is not a positive whole number of
 *   minor units) is reported as failed, so it reaches the dead-letter queue after the queue's receive limit.
 * - A transient failure (throttling, a network error) is reported as failed and retried; on a FIFO queue every later
 *   message of the same account is returned unprocessed too, so the account's order is kept.
 * - Logs carry message ids, payment ids and outcomes: never account ids, amounts or message bodies.
 *
 * Environment: LEDGER_TABLE, the table's name.
 */
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { DynamoDbLedger } from './dynamodb-ledger';

/** A payment instruction, as producers send it. */
export interface PaymentInstruction {
  /** The producer's unique id of this payment: the idempotency key. */
  readonly paymentId: string;
  readonly accountId: string;
  readonly direction: 'DEBIT' | 'CREDIT';
  /** The amount in the currency's minor units (cents), a positive whole number. */
  readonly amountMinor: number;
  /** ISO 4217 code, upper case. */
  readonly currency: string;
}

/** What the ledger did with an instruction. */
export type LedgerOutcome = 'APPLIED' | 'DUPLICATE' | 'REJECTED';

/** The store of record; `DynamoDbLedger` in production. */
export interface Ledger {
  apply(payment: PaymentInstruction): Promise<LedgerOutcome>;
}

/** An instruction that can never succeed: retrying it is pointless, it belongs in the dead-letter queue. */
export class InvalidInstructionError extends Error {}

/** Ids are opaque tokens: letters, digits and `-_.:`, at most 64 characters (they become DynamoDB keys). */
const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
/** Amounts stay exact in a JavaScript number and in DynamoDB's Number type. */
const MAX_AMOUNT_MINOR = Number.MAX_SAFE_INTEGER;
const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** Parses and checks a message body; throws InvalidInstructionError for a body no retry can fix. */
export function parseInstruction(body: string): PaymentInstruction {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new InvalidInstructionError('body is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidInstructionError('body is not a JSON object');
  const instruction = value as Partial<PaymentInstruction>;
  const problems: string[] = [];
  if (typeof instruction.paymentId !== 'string' || !ID_PATTERN.test(instruction.paymentId)) problems.push('paymentId');
  if (typeof instruction.accountId !== 'string' || !ID_PATTERN.test(instruction.accountId)) problems.push('accountId');
  if (instruction.direction !== 'DEBIT' && instruction.direction !== 'CREDIT') problems.push('direction');
  const amount = instruction.amountMinor;
  if (!(Number.isInteger(amount) && (amount as number) > 0 && (amount as number) <= MAX_AMOUNT_MINOR)) problems.push('amountMinor');
  if (typeof instruction.currency !== 'string' || !ISO_CURRENCIES.has(instruction.currency)) problems.push('currency');
  if (problems.length > 0) throw new InvalidInstructionError(`invalid fields: ${problems.join(', ')}`);
  const { paymentId, accountId, direction, amountMinor, currency } = instruction as PaymentInstruction;
  return { paymentId, accountId, direction, amountMinor, currency };
}

/**
 * Applies a batch and returns the ids of the messages to retry. Within one message group (one account), a failed
 * message blocks every later one of the batch: they are returned for retry without being applied.
 */
export async function processBatch(event: SQSEvent, ledger: Ledger): Promise<SQSBatchResponse> {
  const failures: string[] = [];
  const blockedGroups = new Set<string>();
  for (const record of event.Records) {
    const group = record.attributes.MessageGroupId;
    if (group !== undefined && blockedGroups.has(group)) {
      log('WARN', 'held back: an earlier message of its group failed', record);
      failures.push(record.messageId);
      continue;
    }
    let paymentId: string | undefined;
    try {
      const instruction = parseInstruction(record.body);
      paymentId = instruction.paymentId;
      const outcome = await ledger.apply(instruction);
      log('INFO', 'payment processed', record, { paymentId, outcome });
    } catch (error) {
      const invalid = error instanceof InvalidInstructionError;
      log(invalid ? 'ERROR' : 'WARN', invalid ? (error as Error).message : `${(error as Error).name}: will retry`, record, { paymentId });
      failures.push(record.messageId);
      if (group !== undefined) blockedGroups.add(group);
    }
  }
  return { batchItemFailures: failures.map(itemIdentifier => ({ itemIdentifier })) };
}

function log(level: string, message: string, record: SQSRecord, extra: Record<string, unknown> = {}) {
  // Ids and outcomes only: bodies hold account ids and amounts, which stay out of the logs.
  console.log(JSON.stringify({ level, message, messageId: record.messageId, receiveCount: record.attributes.ApproximateReceiveCount, ...extra }));
}

let ledger: Ledger | undefined;

/** The Lambda entry point; the ledger (and its SDK client) is created once per execution environment. */
export const handler = (event: SQSEvent): Promise<SQSBatchResponse> => {
  if (!ledger) {
    const tableName = process.env.LEDGER_TABLE;
    if (!tableName) throw new Error('LEDGER_TABLE is not set');
    ledger = new DynamoDbLedger(tableName);
  }
  return processBatch(event, ledger);
};
