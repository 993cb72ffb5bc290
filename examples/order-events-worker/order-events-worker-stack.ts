/**
 * Blueprint: an SQS worker in a VPC with partial batch failures.
 *
 * What it shows: `QueuePair` (an encrypted, SSL-only source queue with its dead-letter queue and redrive-allow
 * policy) feeding a `ServerlessFunction` through `EventSource.sqs`, bound to the live alias, with
 * ReportBatchItemFailures on (the default), a maximum concurrency so a burst cannot starve the account, and a
 * handler (handler/index.ts, bundled locally by esbuild) that returns the failed message ids only.
 *
 * Retries and SQS's at-least-once delivery never apply an event twice: the handler records each applied event id in
 * a DynamoDB table (on demand, point-in-time recovery, ids deleted by time to live after 15 days) and skips ids it
 * finds there.
 *
 * The worker runs in a VPC of its own with isolated subnets only: no internet gateway, no NAT gateway, and the VPC's
 * default security group emptied. Its one way out is a DynamoDB gateway endpoint (free, no NAT needed) whose policy lets
 * the worker's role read and write the applied-events table only, and its security group allows HTTPS out only (the
 * subnets' only route leads to that endpoint) and nothing in. Everything else the worker needs happens outside the
 * VPC, by Lambda itself: it polls the queue, deletes the processed messages, ships the logs and traces, and writes
 * failed asynchronous invocations to the dead-letter queue. The VPC's flow logs (accepted and rejected traffic) go to
 * a log group kept a year, encrypted, like the function's logs, with a customer-managed key rotated yearly.
 *
 * Synthesize it with every other blueprint: `npx cdk synth` (bin/app.ts), or alone:
 * `npx cdk synth OrderEventsWorker`.
 */
import * as path from 'path';
import { Duration, Stack, StackProps, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CustomerManagedKey, EventSource, QueuePair, ServerlessFunction } from '../../lib';
import { bundledCode } from '../shared/bundle';
import { deployTimeAvailabilityZones, isolatedVpc } from '../shared/isolated-vpc';

export class OrderEventsWorkerStack extends Stack {
  /** The order events queue and its dead-letter queue. */
  public readonly queues: QueuePair;
  /** The worker's network: isolated subnets only. */
  public readonly vpc: ec2.Vpc;
  /** The worker's security group: no ingress; HTTPS egress only. */
  public readonly securityGroup: ec2.SecurityGroup;
  /** The worker's only way out of the VPC. */
  public readonly dynamoDbEndpoint: ec2.GatewayVpcEndpoint;
  /** The ids of the events already applied. */
  public readonly appliedEvents: dynamodb.Table;
  /** Encrypts the worker's logs and the VPC's flow logs. */
  public readonly logKey: kms.Key;
  /** The VPC's flow logs. */
  public readonly flowLogs: logs.LogGroup;
  /** The worker. */
  public readonly worker: ServerlessFunction;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);

    // Visibility timeout 6 x the function timeout, as Lambda recommends for SQS sources (LambdaLimits checks it).
    this.queues = new QueuePair(this, 'OrderEvents', { visibilityTimeout: Duration.seconds(180), maxReceiveCount: 5 });

    this.logKey = new CustomerManagedKey(this, 'LogKey', { description: 'Encrypts the order events worker logs and its VPC flow logs' });

    ({ vpc: this.vpc, flowLogs: this.flowLogs } = isolatedVpc(this, 'Network', {
      flowLogKey: this.logKey,
      flowLogRoleDescription: 'Delivers the order events worker VPC flow logs to their log group',
      flowLogPolicyDescription: 'Writes the VPC flow logs to their log group only',
      restrictProviderReason: "aws-cdk-lib's deploy-time provider that removes the default security group's rules (VPCDefaultSecurityGroupClosed); "
        + 'it runs only while CloudFormation deploys the VPC, calls the EC2 API only, and sees no order data.',
    }));

    this.appliedEvents = new dynamodb.Table(this, 'AppliedEvents', {
      partitionKey: { name: 'eventId', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: 'expiresAt',
      // Event ids only, no order data: DynamoDB's AWS managed key is enough, and the worker needs no key grant for it.
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    });
    Validations.of(this.appliedEvents).acknowledge(...['HIPAA.Security', 'NIST.800.53.R4', 'NIST.800.53.R5'].map(pack => ({
      id: `${pack}-DynamoDBInBackupPlan`,
      reason: 'The table holds only ids of applied events, each deleted by its time to live after 15 days: restoring an older copy '
        + 'would only let events be applied twice. Point-in-time recovery covers the last 35 days.',
    })));

    this.securityGroup = new ec2.SecurityGroup(this, 'WorkerSecurityGroup', {
      vpc: this.vpc,
      description: 'Order events worker: no ingress; HTTPS out, which only the DynamoDB gateway endpoint route carries',
      allowAllOutbound: false,
    });
    // A gateway endpoint has no address or security group to name (its prefix list id is known only in the account):
    // the destination is narrowed by the subnets' route tables, whose only route out leads to the endpoint.
    this.securityGroup.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS to DynamoDB through the gateway endpoint');

    this.worker = new ServerlessFunction(this, 'Worker', {
      runtime: lambda.Runtime.NODEJS_24_X,
      code: bundledCode(path.join(__dirname, 'handler', 'index.ts'), { target: 'node24' }),
      handler: 'index.handler',
      description: 'Applies order events; reports partial batch failures',
      memorySize: 512,
      timeout: Duration.seconds(30),
      // At least the mapping's maximum concurrency, so the poller is never throttled by the function's own cap.
      reservedConcurrentExecutions: 10,
      logEncryptionKey: this.logKey,
      environment: { APPLIED_EVENTS_TABLE: this.appliedEvents.tableName },
      vpc: this.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      securityGroups: [this.securityGroup],
      eventSources: [EventSource.sqs(this.queues.queue, { batchSize: 10, maxConcurrency: 5 })],
    });
    const tableAccess = new iam.PolicyStatement({
      sid: 'ReadWriteAppliedEvents',
      actions: ['dynamodb:GetItem', 'dynamodb:PutItem'],
      resources: [this.appliedEvents.tableArn],
    });
    this.worker.executionPolicy.addStatements(tableAccess);

    this.dynamoDbEndpoint = this.vpc.addGatewayEndpoint('DynamoDb', {
      service: ec2.GatewayVpcEndpointAwsService.DYNAMODB,
      subnets: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    });
    // Through the endpoint, only the worker, only on its table: the same statement as its role's.
    this.dynamoDbEndpoint.addToPolicy(new iam.PolicyStatement({
      principals: [new iam.ArnPrincipal(this.worker.role.roleArn)],
      actions: tableAccess.actions,
      resources: tableAccess.resources,
    }));
  }

  /** Picked at deploy time, as in an environment-agnostic stack (no account look-up at synth). */
  public get availabilityZones(): string[] {
    return deployTimeAvailabilityZones();
  }
}
