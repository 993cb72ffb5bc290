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
import { DynamoDBClient, TransactionCanceledException, TransactWriteItem, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import type { Ledger, LedgerOutcome, PaymentInstruction } from './index';

/**
 * Created once per execution environment and reused by every invocation (its connections too). The SDK is the
 * Lambda runtime's: bundledCode keeps `@aws-sdk/*` out of the bundle.
 */
const dynamoDb = new DynamoDBClient({});

export class DynamoDbLedger implements Ledger {
  constructor(private readonly tableName: string, private readonly now: () => Date = () => new Date()) {}

  public async apply(payment: PaymentInstruction): Promise<LedgerOutcome> {
    const recordedAt = this.now().toISOString();
    try {
      await this.transactWrite([this.paymentEntry(payment, 'APPLIED', recordedAt), this.balanceChange(payment, recordedAt)]);
      return 'APPLIED';
    } catch (error) {
      const [entryExists, balanceRefused] = failedConditions(error, 2);
      if (entryExists) return 'DUPLICATE';
      if (!balanceRefused) throw error;
    }
    // The balance does not cover the debit (or the currency differs): record the refusal, once.
    try {
      await this.transactWrite([this.paymentEntry(payment, 'REJECTED', recordedAt)]);
      return 'REJECTED';
    } catch (error) {
      if (failedConditions(error, 1)[0]) return 'DUPLICATE';
      throw error;
    }
  }

  private async transactWrite(items: TransactWriteItem[]): Promise<void> {
    await dynamoDb.send(new TransactWriteItemsCommand({ TransactItems: items }));
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
  const reasons = error instanceof TransactionCanceledException ? error.CancellationReasons ?? [] : [];
  return Array.from({ length: count }, (_, i) => reasons[i]?.Code === 'ConditionalCheckFailed');
}
