/**
 * Blueprint: a scheduled job (serverless cron) with asynchronous destinations.
 *
 * What it shows: `Trigger.schedule` with a cron expression invoking a `ServerlessFunction`'s live alias asynchronously
 * every night at 02:15 UTC (EventBridge retries bounded, undeliverable events to a dead-letter queue), bounded
 * asynchronous retries and event age, the run's result sent to an EventBridge bus on success (`onSuccess`) and the
 * failed event to an encrypted queue (`onFailure`). The handler (handler/index.ts, bundled locally by esbuild) totals
 * the previous day's sales from one table and writes the day's report to another, conditionally, so that a re-run for
 * the same scheduled time never writes a second report. Both tables: customer-managed key, point-in-time recovery,
 * deletion protection, AWS Backup. The role may query the sales table and get and put reports, nothing else.
 *
 * Synthesize it with every other blueprint: `npx cdk synth` (bin/app.ts), or alone:
 * `npx cdk synth NightlyReport`.
 */
import * as path from 'path';
import { Duration, RemovalPolicy, Stack, StackProps, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AsyncDestination, CustomerManagedKey, ServerlessFunction, Trigger } from '../../lib';
import { bundledCode } from '../shared/bundle';
import { backUpDaily, protectedTable } from '../shared/tables';
import { acknowledgeOutsideVpc } from '../shared/outside-vpc';

export class NightlyReportStack extends Stack {
  /** The key that encrypts the tables, the failure queue and the reporter's logs. */
  public readonly key: kms.Key;
  /** The sales ledger: one partition per UTC day (key: day, orderId). */
  public readonly sales: dynamodb.Table;
  /** One report per day (key: reportDate). */
  public readonly reports: dynamodb.Table;
  /** Where each successful run's result is published. */
  public readonly reportsBus: events.EventBus;
  /** Where the events of failed runs go, after Lambda's retries. */
  public readonly failedRuns: sqs.Queue;
  /** The nightly job. */
  public readonly reporter: ServerlessFunction;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);

    this.key = new CustomerManagedKey(this, 'DataKey', { description: 'Encrypts the sales and reports tables, failed runs and the reporter\'s logs' });

    this.sales = protectedTable(this, 'Sales', this.key, {
      partitionKey: { name: 'day', type: dynamodb.AttributeType.STRING }, sortKey: { name: 'orderId', type: dynamodb.AttributeType.STRING },
    });
    this.reports = protectedTable(this, 'Reports', this.key, { partitionKey: { name: 'reportDate', type: dynamodb.AttributeType.STRING } });

    backUpDaily(this, [this.sales, this.reports]);

    this.reportsBus = new events.EventBus(this, 'ReportsBus', { description: 'Results of the nightly report runs' });
    this.failedRuns = new sqs.Queue(this, 'FailedRuns', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: this.key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: RemovalPolicy.RETAIN,
      // Lambda writes here, not an SQS redrive: no queue may redrive into it.
      redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.DENY_ALL },
    });
    const lastStop = 'This queue is the reporter\'s dead-letter target (Lambda writes failed runs to it, not an SQS redrive); a dead-letter queue '
      + 'of a dead-letter queue would never be read. An operator re-sends a run from here once its cause is fixed (the handler is idempotent per day).';
    Validations.of(this.failedRuns).acknowledge(
      { id: 'Serverless-SQSRedrivePolicy', reason: lastStop },
      { id: 'cdk-validator-cfnguard::sqs_dlq_check', reason: lastStop },
    );

    this.reporter = new ServerlessFunction(this, 'Reporter', {
      runtime: lambda.Runtime.NODEJS_24_X,
      code: bundledCode(path.join(__dirname, 'handler', 'index.ts'), { target: 'node24' }),
      handler: 'index.handler',
      description: 'Writes the previous day\'s sales report, once per day',
      memorySize: 512,
      timeout: Duration.minutes(5),
      // One run at a time is all a nightly job needs; the reservation also keeps it from being starved.
      reservedConcurrentExecutions: 1,
      logEncryptionKey: this.key,
      environment: { NODE_OPTIONS: '--enable-source-maps', SALES_TABLE_NAME: this.sales.tableName, REPORTS_TABLE_NAME: this.reports.tableName },
      triggers: [Trigger.schedule(events.Schedule.cron({ minute: '15', hour: '2' }), {
        description: 'Nightly sales report, 02:15 UTC',
        // EventBridge's delivery to Lambda: a few retries within the hour, then its own dead-letter queue.
        retryAttempts: 3,
        maxEventAge: Duration.hours(1),
      })],
      // Lambda's asynchronous retries of a failed run (the handler is idempotent per day), then the failure queue.
      retryAttempts: 2,
      maxEventAge: Duration.hours(2),
      onSuccess: AsyncDestination.fromEventBus(this.reportsBus),
      onFailure: AsyncDestination.fromQueue(this.failedRuns),
    });
    this.reporter.executionPolicy.addStatements(
      new iam.PolicyStatement({ sid: 'ReadSales', actions: ['dynamodb:Query'], resources: [this.sales.tableArn] }),
      new iam.PolicyStatement({ sid: 'ReadAndWriteReports', actions: ['dynamodb:GetItem', 'dynamodb:PutItem'], resources: [this.reports.tableArn] }),
      // DynamoDB uses the tables' key with the caller's kms:Decrypt.
      new iam.PolicyStatement({
        sid: 'UseTablesKey', actions: ['kms:Decrypt'], resources: [this.key.keyArn],
        // Through DynamoDB only: the key also encrypts the failed-runs queue and the logs.
        conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${this.region}.amazonaws.com` } },
      }),
    );
    acknowledgeOutsideVpc(this.reporter, OUTSIDE_VPC);
  }

}

/** Why the reporter runs outside a VPC (cdk-nag's LambdaInsideVPC rules, acknowledged on the function). */
const OUTSIDE_VPC = 'The reporter reaches one service, DynamoDB, over TLS with IAM-signed requests, and no private resource (Lambda itself, not '
  + 'the function, delivers to the bus and the queue); Lambda runs it in an isolated AWS-owned network. A VPC would only add network interfaces, flow '
  + 'logs and a custom resource closing its default security group, each with findings of its own; the library acknowledges Control Tower\'s '
  + 'lambda_inside_vpc_check on functions outside a VPC for the same reason.';
