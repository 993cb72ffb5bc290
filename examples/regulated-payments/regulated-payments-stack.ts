/**
 * Blueprint: one regulated workload under `ComplianceProfile.STRICT`.
 *
 * What it shows: a payments ledger worker that passes every check of the six cdk-nag packs (HIPAA Security, NIST
 * 800-53 rev 4 and rev 5, PCI DSS 3.2.1, AWS Solutions, Serverless) and the Control Tower proactive controls:
 * - one customer-managed KMS key, rotated yearly, for everything that holds payment data: the instruction queues,
 *   the ledger table, its backups, the function's environment, its logs and its dead-letter queue, and the VPC's
 *   flow logs. Grants on it are reserved to AWS services (Control Tower CT.KMS.PR.3);
 * - a VPC with isolated subnets only (no internet route), its default security group emptied, flow logs kept a
 *   year, and a DynamoDB gateway endpoint whose policy lets the worker's role write this ledger table only. The function needs
 *   no other endpoint: Lambda itself polls the queue and delivers logs, traces and dead letters;
 * - an SQS FIFO queue of payment instructions (one message group per account) with its dead-letter queue, feeding a
 *   `ServerlessFunction` with reserved concurrency, a bounded mapping concurrency, partial batch responses and a
 *   canary deployment (10 % for 5 minutes, rolled back by alarms);
 * - a DynamoDB ledger table encrypted with the key, with point-in-time recovery, deletion protection, and a daily
 *   AWS Backup plan kept a year in a vault encrypted with the key;
 * - an execution role that may write this table (PutItem, UpdateItem) and use the key through DynamoDB only.
 * The handler (handler/index.ts) applies each payment exactly once, in order per account, and reports partial
 * batch failures.
 *
 * Synthesize it with every other blueprint: `npx cdk synth` (bin/app.ts), or alone:
 * `npx cdk synth RegulatedPayments`.
 */
import * as path from 'path';
import { Duration, RemovalPolicy, Stack, StackProps, Validations } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { ComplianceProfile, CustomerManagedKey, Deployment, EventSource, QueuePair, ServerlessFunction } from '../../lib';
import { bundledCode } from '../shared/bundle';
import { deployTimeAvailabilityZones, isolatedVpc } from '../shared/isolated-vpc';

/** The function's timeout; the queue hides a received message six times as long, as Lambda advises. */
const WORKER_TIMEOUT = Duration.seconds(30);

export class RegulatedPaymentsStack extends Stack {
  /** The workload's customer-managed key. */
  public readonly key: kms.Key;
  /** The isolated network the worker runs in. */
  public readonly vpc: ec2.Vpc;
  /** Payment instructions (FIFO) and their dead-letter queue. */
  public readonly instructions: QueuePair;
  /** The ledger table. */
  public readonly ledger: dynamodb.Table;
  /** The ledger's backup plan. */
  public readonly backupPlan: backup.BackupPlan;
  /** The worker. */
  public readonly worker: ServerlessFunction;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);

    this.key = new CustomerManagedKey(this, 'PaymentsKey', {
      description: 'Payments ledger: queues, table, backups, function environment, logs and dead letters',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.ledger = new dynamodb.Table(this, 'Ledger', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const vault = new backup.BackupVault(this, 'LedgerVault', { encryptionKey: this.key, removalPolicy: RemovalPolicy.RETAIN });
    this.backupPlan = backup.BackupPlan.dailyMonthly1YearRetention(this, 'LedgerBackup', vault);
    const selection = this.backupPlan.addSelection('Ledger', { resources: [backup.BackupResource.fromDynamoDbTable(this.ledger)] });
    Validations.of(selection.node.findChild('Role')).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason: "AWS Backup's service-role policy, kept current by AWS for every resource type Backup protects, on a role only "
        + 'backup.amazonaws.com may assume and that backs up the ledger table only. A hand-written copy would still need "*" '
        + '(tag:GetResources, kms:DescribeKey) and would break backups silently when Backup needs a new action.',
    });

    ({ vpc: this.vpc } = isolatedVpc(this, 'Vpc', {
      flowLogKey: this.key,
      flowLogRoleDescription: 'Delivers the payments VPC flow logs to their log group',
      restrictProviderReason: "aws-cdk-lib's deploy-time provider that removes the default security group's rules (VPCDefaultSecurityGroupClosed); "
        + 'it runs only while CloudFormation deploys the VPC and calls the EC2 API only, so it holds no payment data.',
    }));

    this.instructions = new QueuePair(this, 'Instructions', {
      fifo: true,
      encryptionKey: this.key,
      visibilityTimeout: Duration.seconds(6 * WORKER_TIMEOUT.toSeconds()),
      maxReceiveCount: 5,
    });

    this.worker = new ServerlessFunction(this, 'Worker', {
      compliance: ComplianceProfile.STRICT,
      runtime: lambda.Runtime.NODEJS_24_X,
      code: bundledCode(path.join(__dirname, 'handler', 'index.ts'), { runtime: lambda.Runtime.NODEJS_24_X }),
      handler: 'index.handler',
      description: 'Applies payment instructions to the ledger exactly once; reports partial batch failures',
      memorySize: 512,
      timeout: WORKER_TIMEOUT,
      environment: { LEDGER_TABLE: this.ledger.tableName, NODE_OPTIONS: '--enable-source-maps' },
      environmentEncryption: this.key,
      logEncryptionKey: this.key,
      deadLetterQueueEncryptionKey: this.key,
      vpc: this.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      reservedConcurrentExecutions: 10,
      deployment: Deployment.CANARY_10_PERCENT_5_MINUTES,
      eventSources: [EventSource.sqs(this.instructions.queue, { batchSize: 10, maxConcurrency: 5 })],
    });

    // TransactWriteItems is authorized per item: a Put of the payment entry and an Update of the balance.
    const writeLedger = new iam.PolicyStatement({
      sid: 'WriteLedger',
      actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
      resources: [this.ledger.tableArn],
    });
    this.worker.executionPolicy.addStatements(
      writeLedger,
      new iam.PolicyStatement({
        sid: 'UseLedgerKeyThroughDynamoDb',
        actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
        resources: [this.key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${this.region}.amazonaws.com` } },
      }),
    );

    // Through the endpoint, only the worker, only on the ledger: the same statement as its role's.
    const dynamoDbEndpoint = this.vpc.addGatewayEndpoint('DynamoDb', { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB });
    dynamoDbEndpoint.addToPolicy(new iam.PolicyStatement({
      principals: [new iam.ArnPrincipal(this.worker.role.roleArn)],
      actions: writeLedger.actions,
      resources: writeLedger.resources,
    }));
  }

  /** Picked at deploy time (no account look-up at synth). */
  public get availabilityZones(): string[] {
    return deployTimeAvailabilityZones();
  }
}
