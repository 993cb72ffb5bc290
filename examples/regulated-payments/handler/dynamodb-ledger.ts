/**
 * The ledger in one DynamoDB table (partition key `pk`, a string):
 *   ACCOUNT#<accountId>  balanceMinor (N), currency (S), updatedAt (S)
 *   PAYMENT#<paymentId>  accountId, direction, amountMinor, currency, outcome (APPLIED | REJECTED), recordedAt
 *
 * Applying a payment is one transaction: put the payment entry if it does not exist yet, and change the balance (a
 * debit only if the balance covers it, and only in the account's currency). The entry's condition makes the
 * transaction idempotent: a second attempt finds the entry and changes nothing. (No ClientRequestToken: a retry
 * carries a new timestamp, which DynamoDB would refuse as IdempotentParameterMismatch within the token's window.)
 */
import type { Ledger, LedgerOutcome, PaymentInstruction } from './index';

/** A DynamoDB attribute value, in the wire format (the subset this ledger writes). */
export type AttributeValue = { S: string } | { N: string };

/** One item of a TransactWriteItems request (the subset this ledger writes). */
export interface TransactWriteItem {
  readonly Put?: {
    readonly TableName: string;
    readonly Item: Record<string, AttributeValue>;
    readonly ConditionExpression: string;
  };
  readonly Update?: {
    readonly TableName: string;
    readonly Key: Record<string, AttributeValue>;
    readonly UpdateExpression: string;
    readonly ConditionExpression: string;
    readonly ExpressionAttributeValues: Record<string, AttributeValue>;
  };
}

/** Sends a TransactWriteItems request; throws the SDK's errors as they are. */
export interface TransactWriter {
  transactWrite(items: TransactWriteItem[]): Promise<void>;
}

/** The SDK error DynamoDB returns when a transaction's condition fails, with one reason per item, in order. */
interface TransactionCanceled {
  readonly name: 'TransactionCanceledException';
  readonly CancellationReasons?: Array<{ readonly Code?: string }>;
}

export class DynamoDbLedger implements Ledger {
  constructor(private readonly tableName: string, private readonly writer: TransactWriter, private readonly now: () => Date = () => new Date()) {}

  public async apply(payment: PaymentInstruction): Promise<LedgerOutcome> {
    const recordedAt = this.now().toISOString();
    try {
      await this.writer.transactWrite([this.paymentEntry(payment, 'APPLIED', recordedAt), this.balanceChange(payment, recordedAt)]);
      return 'APPLIED';
    } catch (error) {
      const [entryExists, balanceRefused] = failedConditions(error, 2);
      if (entryExists) return 'DUPLICATE';
      if (!balanceRefused) throw error;
    }
    // The balance does not cover the debit (or the currency differs): record the refusal, once.
    try {
      await this.writer.transactWrite([this.paymentEntry(payment, 'REJECTED', recordedAt)]);
      return 'REJECTED';
    } catch (error) {
      if (failedConditions(error, 1)[0]) return 'DUPLICATE';
      throw error;
    }
  }

  private paymentEntry(payment: PaymentInstruction, outcome: 'APPLIED' | 'REJECTED', recordedAt: string): TransactWriteItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          pk: { S: `PAYMENT#${payment.paymentId}` },
          accountId: { S: payment.accountId },
          direction: { S: payment.direction },
          amountMinor: { N: String(payment.amountMinor) },
          currency: { S: payment.currency },
          outcome: { S: outcome },
          recordedAt: { S: recordedAt },
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  private balanceChange(payment: PaymentInstruction, updatedAt: string): TransactWriteItem {
    const debit = payment.direction === 'DEBIT';
    return {
      Update: {
        TableName: this.tableName,
        Key: { pk: { S: `ACCOUNT#${payment.accountId}` } },
        UpdateExpression: 'SET currency = if_not_exists(currency, :currency), updatedAt = :updatedAt ADD balanceMinor :delta',
        // A credit may open the account; a debit needs an account in the same currency with enough balance.
        ConditionExpression: debit
          ? 'currency = :currency AND balanceMinor >= :amount'
          : 'attribute_not_exists(pk) OR currency = :currency',
        ExpressionAttributeValues: {
          ':currency': { S: payment.currency },
          ':updatedAt': { S: updatedAt },
          ':delta': { N: String(debit ? -payment.amountMinor : payment.amountMinor) },
          ...(debit ? { ':amount': { N: String(payment.amountMinor) } } : {}),
        },
      },
    };
  }
}

/** For each of `count` transaction items, whether its condition failed; all false for any other error. */
function failedConditions(error: unknown, count: number): boolean[] {
  const canceled = error as Partial<TransactionCanceled> | undefined;
  const reasons = canceled?.name === 'TransactionCanceledException' ? canceled.CancellationReasons ?? [] : [];
  return Array.from({ length: count }, (_, i) => reasons[i]?.Code === 'ConditionalCheckFailed');
}

/**
 * The TransactWriter of the AWS SDK for JavaScript v3 that the Lambda Node.js runtime ships. It is loaded at run
 * time (and left out of the bundle): this project does not depend on @aws-sdk/client-dynamodb itself.
 */
export function sdkTransactWriter(): TransactWriter {
  const { DynamoDBClient, TransactWriteItemsCommand } = require('@aws-sdk/client-dynamodb');
  const client = new DynamoDBClient({});
  return {
    async transactWrite(items) {
      await client.send(new TransactWriteItemsCommand({ TransactItems: items }));
    },
  };
}
