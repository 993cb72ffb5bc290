/**
 * The allow-list: every acknowledgement the blueprints (examples/) may carry, from library code or their own, each
 * with the exact reason it must be given. This is the one place a reviewer reads to see what the compliance gate
 * lets through and why.
 *
 * The gate (test/examples/blueprints.test.ts) fails when a blueprint carries an acknowledgement
 * (`Validations.of(x).acknowledge({ id, reason })`) whose id is not listed here, whose reason differs from every
 * entry listing that id, or that is listed for another blueprint only; when an acknowledgement acknowledges
 * nothing; and when an entry here is used by no blueprint (stale: remove it).
 *
 * An entry is an (ids, reason) pair: the same id may appear in several entries when code acknowledges it for
 * different reasons on different resources (each reason is a separate decision to review). `by` says whose code
 * acknowledges:
 *   - 'library': lib/, allowed in any blueprint that uses the feature, declared at a construct path ending as `at`
 *     says, as the library's are (a blueprint's acknowledgement elsewhere cannot borrow the library's reason; one on a
 *     construct of its own with the same path ending could); the README's acknowledgement table
 *     is generated from these (`npm run compliance-doc`);
 *   - 'aws-cdk-lib': aws-cdk-lib itself (e.g. every ec2.FlowLog acknowledges two CloudFormation-Validate ids).
 *     Allowed in any blueprint, even when it acknowledges nothing there (the code is not ours to change); stale only
 *     when no blueprint declares it at all;
 *   - blueprint names (as in examples/index.ts): only those blueprints may carry it, and each must (else stale).
 * COMPLIANCE.md shows which finding of which blueprint each entry covers. Ids and reasons are written out here, never
 * imported from examples/: a change there must show up here, in review, before the gate allows it.
 */

export interface AllowedAcknowledgement {
  /** The ids, exactly as passed to `Validations.of(...).acknowledge` (the `ruleId` the gate prints). */
  readonly ids: readonly string[];
  /** The reason, exactly as passed with them. */
  readonly reason: string;
  /** LIBRARY, AWS_CDK_LIB, or the names of the blueprints (as in examples/index.ts) that may carry it. */
  readonly by: string | readonly string[];
  /** On which resource, and when: for readers of the README and COMPLIANCE.md. */
  readonly where: string;
  /**
   * For an entry of shared code (LIBRARY, AWS_CDK_LIB): the end of the construct path where that code declares it. Such an
   * entry covers only acknowledgements declared at a path ending so, which keeps a blueprint from giving the library's
   * reason elsewhere (a construct of its own with the same path ending is not told apart); without `at` it covers
   * nothing.
   */
  readonly at?: RegExp;
}

export const LIBRARY = 'library';
export const AWS_CDK_LIB = 'aws-cdk-lib';

/** True for an entry of code every blueprint shares (LIBRARY, AWS_CDK_LIB), rather than of named blueprints. */
export function isShared(entry: AllowedAcknowledgement): boolean {
  return entry.by === LIBRARY || entry.by === AWS_CDK_LIB;
}

/** True when `entry` lists `id` with exactly `reason`. */
export function covers(entry: AllowedAcknowledgement, id: string, reason: string): boolean {
  return entry.ids.includes(id) && entry.reason === reason;
}

/** True when `entry` allows acknowledging `id` for `reason`, declared at the construct path `acknowledgedAt` by `blueprint`. */
export function allows(entry: AllowedAcknowledgement, id: string, reason: string, acknowledgedAt: string, blueprint: string): boolean {
  if (!covers(entry, id, reason)) return false;
  return isShared(entry) ? entry.at?.test(acknowledgedAt) === true : carriersOf(entry).includes(blueprint);
}

/** Whose code carries the entry: LIBRARY, AWS_CDK_LIB, or the blueprints it is given to. */
export function carriersOf(entry: AllowedAcknowledgement): readonly string[] {
  return typeof entry.by === 'string' ? [entry.by] : entry.by;
}

const VPC_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html';
const EC2_AUTHORIZATION_DOC = 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html';
const S3_REPLICATION_IDS = [
  'HIPAA.Security-S3BucketReplicationEnabled', 'NIST.800.53.R4-S3BucketReplicationEnabled', 'NIST.800.53.R5-S3BucketReplicationEnabled',
  'PCI.DSS.321-S3BucketReplicationEnabled',
];
const LAMBDA_INSIDE_VPC_IDS = ['HIPAA.Security-LambdaInsideVPC', 'NIST.800.53.R4-LambdaInsideVPC', 'NIST.800.53.R5-LambdaInsideVPC', 'PCI.DSS.321-LambdaInsideVPC'];
const BACKUP_SERVICE_ROLE_POLICY = 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]';
const FLOW_LOG_REASON = 'AWS::EC2::FlowLog DestinationOptions accepts properties in camelCase, even they are listed as PascalCase in the spec';

export const ALLOWED_ACKNOWLEDGEMENTS: readonly AllowedAcknowledgement[] = [
  {
    ids: ['AwsSolutions-IAM5[Resource::*]'],
    by: LIBRARY,
    where: 'the execution policy, when tracing is on',
    at: /\/ExecutionPolicy$/,
    reason: 'xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions '
      + '(https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsx-ray.html); they are the only statement on *.',
  },
  {
    ids: ['cdk-validator-cfnguard::lambda_inside_vpc_check'],
    by: LIBRARY,
    where: 'the function, when it is not in a VPC',
    at: /\/Function$/,
    reason: 'Outside a VPC the function reaches only public AWS endpoints; Lambda runs it in an AWS-owned, isolated network. '
      + 'Pass `vpc` to reach private resources (or use the strict profile, which requires one).',
  },
  {
    ids: ['Serverless-SQSRedrivePolicy', 'cdk-validator-cfnguard::sqs_dlq_check'],
    by: LIBRARY,
    where: 'the function\'s dead-letter queue (AwsSolutions-SQS3 already recognizes a function\'s DLQ)',
    at: /\/DeadLetterQueue$/,
    reason: 'This queue is the dead-letter target of a Lambda function (Lambda writes to it, not an SQS redrive); '
      + 'a dead-letter queue of a dead-letter queue would never be read. Alarm on its ApproximateNumberOfMessagesVisible instead.',
  },
  {
    ids: ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy', 'cdk-validator-cfnguard::sqs_dlq_check'],
    by: LIBRARY,
    where: 'the on-failure queue created for a stream event source mapping',
    at: /\/OnFailureQueue$/,
    reason: 'This queue is the on-failure destination of a stream event source mapping (the service writes to it, not an SQS redrive); '
      + 'a dead-letter queue of a dead-letter queue would never be read. Alarm on its ApproximateNumberOfMessagesVisible instead.',
  },
  {
    ids: ['Serverless-SQSRedrivePolicy'],
    by: LIBRARY,
    where: '`QueuePair`\'s dead-letter queue',
    at: /\/DeadLetterQueue$/,
    reason: 'This queue is the dead-letter queue of the pair\'s source queue; a dead-letter queue of a dead-letter queue would never be read.',
  },
  {
    ids: ['Serverless-LambdaEventSourceMappingDestination'],
    by: LIBRARY,
    where: 'each SQS event source mapping',
    at: /\/Sqs[^/]*\/Resource$/,
    reason: 'Lambda refuses an on-failure destination on SQS mappings; failed messages return to the queue and move to its '
      + 'dead-letter queue through the queue\'s redrive policy (LambdaLimits warns when the queue has none).',
  },
  {
    ids: ['AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ec2:eu-west-1:111111111111:network-interface/*]'],
    by: LIBRARY,
    where: 'the execution policy, with `vpc` (the id embeds the blueprints\' account and Region)',
    at: /\/ExecutionPolicy$/,
    reason: 'Lambda creates and deletes its own network interfaces, whose ids are unknown before they exist: the interface actions are scoped '
      + 'to network interfaces of this account and Region (CreateNetworkInterface also to the chosen subnets and security groups). '
      + `See ${VPC_DOC} and ${EC2_AUTHORIZATION_DOC}.`,
  },
  {
    ids: ['AwsSolutions-IAM5[Resource::*]'],
    by: LIBRARY,
    where: '`NetworkDescribePolicy`, with `vpc`',
    at: /\/NetworkDescribePolicy$/,
    reason: 'ec2:DescribeNetworkInterfaces and ec2:DescribeSubnets support no resource-level permissions and work only on "*" '
      + `(${VPC_DOC}, ${EC2_AUTHORIZATION_DOC}); they are the only statement of this policy.`,
  },
  {
    ids: ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy', 'cdk-validator-cfnguard::sqs_dlq_check'],
    by: LIBRARY,
    where: 'the dead-letter queue created for an EventBridge target (`Trigger.eventBridgeRule`, `Trigger.schedule`)',
    at: /\/(Events)?DeadLetterQueue[^/]*$/,
    reason: 'This queue is the dead-letter queue of an EventBridge target that is a function (the service writes to it, not an SQS redrive); '
      + 'a dead-letter queue of a dead-letter queue would never be read. Alarm on its ApproximateNumberOfMessagesVisible instead.',
  },
  {
    ids: ['Serverless-LambdaAsyncFailureDestination'],
    by: LIBRARY,
    where: 'the alias\'s EventInvokeConfig, when `onFailure` is a queue',
    at: /\/AsyncInvokeConfig$/,
    reason: 'Failed asynchronous invocations go to the function\'s dead-letter SQS queue; an on-failure destination as well '
      + 'would deliver each failed event twice (https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionEventInvokeConfig.html).',
  },
  {
    ids: ['CloudFormation-Validate::F3002', 'CloudFormation-Validate::F3003'],
    by: AWS_CDK_LIB,
    where: 'every `ec2.FlowLog` (aws-cdk-lib acknowledges them whether or not DestinationOptions is set)',
    at: /\/FlowLog$/,
    reason: FLOW_LOG_REASON,
  },
  {
    ids: LAMBDA_INSIDE_VPC_IDS,
    by: 'OrdersService',
    where: 'the orders function',
    reason: 'The orders service calls no private resource (it prices orders in memory): a VPC would add network interfaces and endpoints to pay for '
      + 'and protect nothing. Lambda runs it in an AWS-owned, isolated network; its only entry is the AWS_IAM function URL.',
  },
  {
    ids: LAMBDA_INSIDE_VPC_IDS,
    by: 'ClickstreamProcessor',
    where: 'the clickstream processor function',
    reason: 'The processor reads the stream through Lambda\'s poller and keeps its counts in memory: it calls no service and reaches no private '
      + 'resource, so a VPC would add network interfaces and flow logs that protect nothing. Lambda runs it in an AWS-owned, isolated network.',
  },
  {
    ids: ['cdk-validator-cfnguard::lambda_inside_vpc_check'],
    by: 'OrderEventsWorker',
    where: 'aws-cdk-lib\'s provider function that empties the VPC\'s default security group',
    reason: 'aws-cdk-lib\'s deploy-time provider that removes the default security group\'s rules (VPCDefaultSecurityGroupClosed); it runs only while '
      + 'CloudFormation deploys the VPC, calls the EC2 API only, and sees no order data.',
  },
  {
    ids: ['HIPAA.Security-DynamoDBInBackupPlan', 'NIST.800.53.R4-DynamoDBInBackupPlan', 'NIST.800.53.R5-DynamoDBInBackupPlan'],
    by: 'OrderEventsWorker',
    where: 'the `AppliedEvents` table',
    reason: 'The table holds only ids of applied events, each deleted by its time to live after 15 days: restoring an older copy '
      + 'would only let events be applied twice. Point-in-time recovery covers the last 35 days.',
  },
  {
    ids: ['AwsSolutions-IAM5[Resource::<Uploads4F6EB0FD.Arn>/uploads/*]'],
    by: 'ImageThumbnails',
    where: 'the thumbnailer\'s execution policy',
    reason: 'The function reads whichever object was uploaded: keys are known only at run time. The wildcard is limited to uploads/ of the '
      + 'uploads bucket and to s3:GetObject.',
  },
  {
    ids: ['AwsSolutions-IAM5[Resource::<Thumbnails115905A6.Arn>/thumbnails/*]'],
    by: 'ImageThumbnails',
    where: 'the thumbnailer\'s execution policy',
    reason: 'Each thumbnail\'s key derives from its upload\'s, known only at run time. The wildcard is limited to thumbnails/ of the thumbnails '
      + 'bucket and to s3:PutObject.',
  },
  {
    ids: LAMBDA_INSIDE_VPC_IDS,
    by: 'ImageThumbnails',
    where: 'the thumbnailer function',
    reason: 'The thumbnailer calls S3 only, through its public endpoint with TLS and IAM authentication; a VPC would add network interfaces, '
      + 'a gateway endpoint and flow logs to protect no private resource. Lambda runs it in an AWS-owned, isolated network, and only the '
      + 'EventBridge rule invokes it.',
  },
  {
    ids: S3_REPLICATION_IDS,
    by: 'ImageThumbnails',
    where: 'the uploads bucket',
    reason: 'Replication is a disaster-recovery decision: its destination is a bucket in another Region or account, which this single-Region '
      + 'blueprint does not own. Versioning recovers an overwritten or deleted upload for 30 days, and Object Lock lets an operator hold '
      + 'given uploads; add `replicationRules` towards your recovery bucket.',
  },
  {
    ids: S3_REPLICATION_IDS,
    by: 'ImageThumbnails',
    where: 'the thumbnails bucket',
    reason: 'Derived data: every thumbnail is regenerated from its upload (copy the upload onto itself, or replay its event), so a replica '
      + 'would pay twice for a cache.',
  },
  {
    ids: S3_REPLICATION_IDS,
    by: 'ImageThumbnails',
    where: 'the access-log bucket',
    reason: 'Shipping access logs to a central log archive (a bucket in another account) is set up by the archive\'s owner; this blueprint '
      + 'owns no destination for them.',
  },
  {
    ids: [
      'HIPAA.Security-S3DefaultEncryptionKMS', 'NIST.800.53.R5-S3DefaultEncryptionKMS', 'PCI.DSS.321-S3DefaultEncryptionKMS',
      'cdk-validator-cfnguard::s3_bucket_default_encryption_kms_check',
    ],
    by: 'ImageThumbnails',
    where: 'the access-log bucket',
    reason: 'S3 server access logging delivers only to a bucket encrypted with SSE-S3; SSE-KMS is not supported '
      + '(https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html).',
  },
  {
    ids: ['cdk-validator-cfnguard::s3_bucket_logging_enabled_check'],
    by: 'ImageThumbnails',
    where: 'the access-log bucket',
    reason: 'This is the access-log bucket: logging it to itself would log every log delivery, and logging it to another bucket only moves '
      + 'the question there.',
  },
  {
    ids: [BACKUP_SERVICE_ROLE_POLICY],
    by: ['OrderAuditTrail', 'NightlyReport'],
    where: 'the AWS Backup role of the tables\' backup plan',
    reason: 'AWS Backup\'s service role for backing up the two tables uses the AWS managed policy AWS Backup '
      + 'documents for it, kept current by AWS as the service\'s backup APIs change (https://docs.aws.amazon.com/aws-backup/latest/devguide/iam-service-roles.html).',
  },
  {
    ids: LAMBDA_INSIDE_VPC_IDS,
    by: 'OrderAuditTrail',
    where: 'the auditor function',
    reason: 'The auditor reaches one service, DynamoDB, over TLS with IAM-signed requests, and no private resource (the stream is read by '
      + 'Lambda\'s poller, not the function); Lambda runs it in an isolated AWS-owned network. A VPC would only add network interfaces, flow '
      + 'logs and a custom resource closing its default security group, each with findings of its own; the library acknowledges Control '
      + 'Tower\'s lambda_inside_vpc_check on functions outside a VPC for the same reason.',
  },
  {
    ids: LAMBDA_INSIDE_VPC_IDS,
    by: 'NightlyReport',
    where: 'the reporter function',
    reason: 'The reporter reaches one service, DynamoDB, over TLS with IAM-signed requests, and no private resource (Lambda itself, not the '
      + 'function, delivers to the bus and the queue); Lambda runs it in an isolated AWS-owned network. A VPC would only add network '
      + 'interfaces, flow logs and a custom resource closing its default security group, each with findings of its own; the library '
      + 'acknowledges Control Tower\'s lambda_inside_vpc_check on functions outside a VPC for the same reason.',
  },
  {
    ids: ['Serverless-SQSRedrivePolicy', 'cdk-validator-cfnguard::sqs_dlq_check'],
    by: 'NightlyReport',
    where: 'the `FailedRuns` queue, the reporter\'s dead-letter target',
    reason: 'This queue is the reporter\'s dead-letter target (Lambda writes failed runs to it, not an SQS redrive); a dead-letter queue of a '
      + 'dead-letter queue would never be read. An operator re-sends a run from here once its cause is fixed (the handler is idempotent per day).',
  },
  {
    ids: [BACKUP_SERVICE_ROLE_POLICY],
    by: 'RegulatedPayments',
    where: 'the AWS Backup role of the ledger\'s backup plan',
    reason: 'AWS Backup\'s service-role policy, kept current by AWS for every resource type Backup protects, on a role only '
      + 'backup.amazonaws.com may assume and that backs up the ledger table only. A hand-written copy would still need "*" '
      + '(tag:GetResources, kms:DescribeKey) and would break backups silently when Backup needs a new action.',
  },
  {
    ids: ['cdk-validator-cfnguard::lambda_inside_vpc_check'],
    by: 'RegulatedPayments',
    where: 'aws-cdk-lib\'s provider function that empties the VPC\'s default security group',
    reason: 'aws-cdk-lib\'s deploy-time provider that removes the default security group\'s rules (VPCDefaultSecurityGroupClosed); it runs '
      + 'only while CloudFormation deploys the VPC and calls the EC2 API only, so it holds no payment data.',
  },
];
