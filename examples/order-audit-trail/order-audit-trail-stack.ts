/**
 * Blueprint: a DynamoDB Streams trigger that keeps an audit trail.
 *
 * What it shows: an orders table (customer-managed KMS key, point-in-time recovery, deletion protection, in an AWS
 * Backup plan, stream with NEW_AND_OLD_IMAGES) feeding a `ServerlessFunction` through `EventSource.dynamoStream`,
 * bound to the live alias, with a filter (order items only), bisect on error, bounded retries, a maximum record age,
 * an on-failure queue and partial batch responses. The handler (handler/index.ts, bundled locally by esbuild) writes
 * one audit record per change to an audit table, conditionally, so that a redelivered record is never audited twice;
 * its role may read the stream and put items in the audit table, nothing else.
 *
 * Synthesize it with every other blueprint: `npx cdk synth` (bin/app.ts), or alone:
 * `npx cdk synth OrderAuditTrail`.
 */
import * as path from 'path';
import { Duration, Stack, StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { CustomerManagedKey, EventSource, ServerlessFunction } from '../../lib';
import { bundledCode } from '../shared/bundle';
import { backUpDaily, protectedTable } from '../shared/tables';
import { acknowledgeOutsideVpc } from '../shared/outside-vpc';
import { ORDER_KEY_PREFIX } from './handler';

export class OrderAuditTrailStack extends Stack {
  /** The key that encrypts both tables (and their streams and backups). */
  public readonly key: kms.Key;
  /** The orders table (single-table design: orders and other items), with its stream. */
  public readonly orders: dynamodb.Table;
  /** The audit table: one item per change of an order. */
  public readonly auditTrail: dynamodb.Table;
  /** The stream consumer that writes the audit trail. */
  public readonly auditor: ServerlessFunction;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);

    this.key = new CustomerManagedKey(this, 'DataKey', { description: 'Encrypts the orders and audit tables and the auditor\'s logs' });

    this.orders = protectedTable(this, 'Orders', this.key, {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
    });
    this.auditTrail = protectedTable(this, 'AuditTrail', this.key, {
      partitionKey: { name: 'orderId', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'changeId', type: dynamodb.AttributeType.STRING },
    });

    backUpDaily(this, [this.orders, this.auditTrail]);

    this.auditor = new ServerlessFunction(this, 'Auditor', {
      runtime: lambda.Runtime.NODEJS_24_X,
      code: bundledCode(path.join(__dirname, 'handler', 'index.ts'), { target: 'node24' }),
      handler: 'index.handler',
      description: 'Writes one audit record per change of an order',
      memorySize: 256,
      timeout: Duration.seconds(30),
      // A cap on the shards processed at once (one invocation per shard), which also keeps this concurrency available to it.
      reservedConcurrentExecutions: 10,
      logEncryptionKey: this.key,
      environment: { NODE_OPTIONS: '--enable-source-maps', AUDIT_TABLE_NAME: this.auditTrail.tableName },
      eventSources: [EventSource.dynamoStream(this.orders, {
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        // Order items only: carts and other items in the table never invoke the function.
        filterPatterns: [JSON.stringify({ dynamodb: { Keys: { pk: { S: [{ prefix: ORDER_KEY_PREFIX }] } } } })],
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(6),
        reportBatchItemFailures: true,
      })],
    });
    // Conditional puts only: the function never reads, updates or deletes audit records. DynamoDB uses the audit table's
    // key with the caller's kms:Decrypt on DataKey, which the stream source already grants through DynamoDB only (both
    // tables share the key).
    this.auditor.executionPolicy.addStatements(
      new iam.PolicyStatement({ sid: 'AppendAuditRecords', actions: ['dynamodb:PutItem'], resources: [this.auditTrail.tableArn] }),
    );
    const outsideVpc = 'The auditor reaches one service, DynamoDB, over TLS with IAM-signed requests, and no private resource (the stream is read by '
      + 'Lambda\'s poller, not the function); Lambda runs it in an isolated AWS-owned network. A VPC would only add network interfaces, flow logs and '
      + 'a custom resource closing its default security group, each with findings of its own; the library acknowledges Control Tower\'s '
      + 'lambda_inside_vpc_check on functions outside a VPC for the same reason.';
    acknowledgeOutsideVpc(this.auditor, outsideVpc);
  }

}
