/**
 * Blueprint: S3 image uploads generating thumbnails.
 *
 * What it shows: an uploads bucket whose new objects under `uploads/` invoke a `ServerlessFunction` (live alias)
 * that writes a thumbnail of each image to a separate thumbnails bucket, under `thumbnails/`, with grants scoped
 * to exactly those prefixes (read the uploads, write the thumbnails, use each bucket's key through S3 only).
 *
 * Wiring: S3 -> EventBridge -> the function, not `Trigger.s3`. `Trigger.s3` writes the bucket's notification
 * configuration through aws-cdk-lib's BucketNotifications custom resource, a Lambda function of its own (with an
 * AWS managed policy, a wildcard statement, no DLQ, no VPC) that every pack flags. Here the uploads bucket sends
 * its events to EventBridge through its own `NotificationConfiguration` property (no extra function), and a rule
 * matching "Object Created" events of that bucket under `uploads/` invokes the function through
 * `Trigger.eventBridgeRule`, which adds a dead-letter queue for undeliverable events. The handler therefore takes
 * EventBridge events (one object per invocation).
 *
 * No recursion: the thumbnails go to another bucket, which sends no events at all, and the rule names the uploads
 * bucket and prefix; the handler also refuses objects outside `uploads/` (handler/index.ts).
 *
 * Image formats: no pure-JavaScript image codec is a dependency of this project, and sharp (native) cannot be
 * bundled here, so the handler ships a small thumbnailer for the formats it can decode and encode without one:
 * uncompressed 24/32-bit BMP and binary PPM/PGM (handler/image.ts), downscaled with a box filter. Other formats
 * (JPEG, PNG, anything else) are logged and skipped, never retried. A codec such as jimp would add JPEG and PNG.
 *
 * Buckets: SSE-KMS with a customer managed key each (rotated, bucket keys on), versioned, TLS 1.2+ only, public
 * access blocked, server access logs to a log bucket (SSE-S3: the only encryption S3 log delivery supports),
 * lifecycle rules that expire old versions and abandoned multipart uploads, Object Lock activated without a default
 * retention (holds on given objects stay possible; deleting an upload on request too), EventBridge notifications on.
 * The function's logs are encrypted with a key of their own. What the compliance packs still flag and this blueprint
 * cannot fix (replication to a bucket it does not own, KMS on the log bucket, logging the log bucket, a VPC for a
 * function that only calls S3, the object-prefix wildcards) is acknowledged where it arises, with the reason.
 *
 * Synthesize it with every other blueprint: `npx cdk synth` (bin/app.ts), or alone:
 * `npx cdk synth ImageThumbnails`.
 */
import * as path from 'path';
import { Duration, Stack, StackProps, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as cxapi from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import { CustomerManagedKey, ServerlessFunction, Trigger } from '../../lib';
import { bundledCode } from '../shared/bundle';
import { acknowledgeOutsideVpc } from '../shared/outside-vpc';

/** Uploads under this prefix get a thumbnail. */
export const UPLOADS_PREFIX = 'uploads/';
/** Thumbnails are written under this prefix of the thumbnails bucket, with the upload's relative key. */
export const THUMBNAILS_PREFIX = 'thumbnails/';
/** The longer side of a thumbnail, in pixels. */
export const THUMBNAIL_MAX_SIZE = 128;
/** Larger uploads are skipped: the function decodes in memory (a 50 MB BMP is about 4,000 x 4,000 pixels). */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

export class ImageThumbnailsStack extends Stack {
  /** Where users upload images, under `uploads/`. */
  public readonly uploads: s3.Bucket;
  /** Where thumbnails are written, under `thumbnails/`. */
  public readonly thumbnails: s3.Bucket;
  /** Server access logs of both buckets. */
  public readonly accessLogs: s3.Bucket;
  /** The rule that sends the uploads' "Object Created" events to the function. */
  public readonly uploadedRule: events.Rule;
  /** The thumbnailer. */
  public readonly thumbnailer: ServerlessFunction;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);
    // Log delivery through a bucket policy for the S3 logging service, as AWS recommends, instead of the legacy
    // LogDeliveryWrite ACL (which needs ACLs enabled on the log bucket). The flag is on in new CDK projects'
    // cdk.json; set here so that the blueprint does not depend on the app's.
    this.node.setContext(cxapi.S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);

    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      // S3 server access logging delivers only to buckets encrypted with SSE-S3 (SSE-KMS is not supported).
      // https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html
      encryption: s3.BucketEncryption.S3_MANAGED,
      ...SECURE_BUCKET,
      lifecycleRules: [
        { id: 'ExpireLogs', expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(30) },
      ],
    });
    this.acknowledgeLogBucketFindings();

    this.uploads = this.imageBucket('Uploads', 'uploads', Duration.days(30));
    this.thumbnails = this.imageBucket('Thumbnails', 'thumbnails', Duration.days(7));
    for (const bucket of [this.accessLogs, this.uploads, this.thumbnails]) {
      const cfnBucket = bucket.node.defaultChild as s3.CfnBucket;
      // The L2 writes ObjectLockConfiguration only with a default retention; NIST.800.53.R4-S3BucketDefaultLockEnabled reads it.
      cfnBucket.objectLockConfiguration = { objectLockEnabled: 'Enabled' };
      // S3 -> EventBridge, set on the L1: the L2's `eventBridgeEnabled` would deploy the notifications custom resource.
      // Only the uploads' events invoke the thumbnailer (the rule names the bucket); the others are there for other
      // consumers (a CDN invalidation, a log pipeline) and cost nothing when no rule matches (Control Tower CT.S3.PR.4).
      cfnBucket.notificationConfiguration = { eventBridgeConfiguration: { eventBridgeEnabled: true } };
    }
    acknowledgeNoReplication(this.uploads, 'Replication is a disaster-recovery decision: its destination is a bucket in another Region or '
      + 'account, which this single-Region blueprint does not own. Versioning recovers an overwritten or deleted upload for 30 days, '
      + 'and Object Lock lets an operator hold given uploads; add `replicationRules` towards your recovery bucket.');
    acknowledgeNoReplication(this.thumbnails, 'Derived data: every thumbnail is regenerated from its upload (copy the upload onto itself, '
      + 'or replay its event), so a replica would pay twice for a cache.');
    acknowledgeNoReplication(this.accessLogs, 'Shipping access logs to a central log archive (a bucket in another account) is set up '
      + 'by the archive\'s owner; this blueprint owns no destination for them.');

    this.uploadedRule = new events.Rule(this, 'ImageUploaded', {
      description: `Images uploaded under ${UPLOADS_PREFIX} of the uploads bucket`,
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: { bucket: { name: [this.uploads.bucketName] }, object: { key: [{ prefix: UPLOADS_PREFIX }] } },
      },
    });

    this.thumbnailer = new ServerlessFunction(this, 'Thumbnailer', {
      runtime: lambda.Runtime.NODEJS_24_X,
      code: bundledCode(path.join(__dirname, 'handler', 'index.ts'), { target: 'node24' }),
      handler: 'index.handler',
      description: `Writes a thumbnail of each image uploaded under ${UPLOADS_PREFIX}`,
      // Decoding happens in memory: room for a 50 MB source, its pixels and the thumbnail. More memory is also more CPU.
      memorySize: 1024,
      timeout: Duration.seconds(60),
      // A burst of uploads cannot take the account's whole concurrency; EventBridge and Lambda retry throttled events.
      reservedConcurrentExecutions: 20,
      // The logs name the uploaded objects: encrypted with a key of this account.
      logEncryptionKey: this.customerKey('LogKey', 'the logs of the thumbnailer'),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        UPLOADS_BUCKET: this.uploads.bucketName,
        UPLOADS_PREFIX,
        THUMBNAILS_BUCKET: this.thumbnails.bucketName,
        THUMBNAILS_PREFIX,
        THUMBNAIL_MAX_SIZE: String(THUMBNAIL_MAX_SIZE),
        MAX_SOURCE_BYTES: String(MAX_SOURCE_BYTES),
      },
      triggers: [Trigger.eventBridgeRule(this.uploadedRule)],
    });
    // The thumbnailer reaches S3 only: no VPC (ServerlessFunction acknowledges Control Tower's VPC check for the same reason).
    acknowledgeOutsideVpc(this.thumbnailer, NOT_IN_VPC_REASON);

    // Exactly what the handler does: GetObject under uploads/, PutObject under thumbnails/, each bucket's key through S3.
    this.thumbnailer.executionPolicy.addStatements(
      new iam.PolicyStatement({
        sid: 'ReadUploads',
        actions: ['s3:GetObject'],
        resources: [this.uploads.arnForObjects(`${UPLOADS_PREFIX}*`)],
      }),
      new iam.PolicyStatement({
        sid: 'DecryptUploads',
        actions: ['kms:Decrypt'],
        resources: [this.uploads.encryptionKey!.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `s3.${this.region}.amazonaws.com` } },
      }),
      new iam.PolicyStatement({
        sid: 'WriteThumbnails',
        actions: ['s3:PutObject'],
        resources: [this.thumbnails.arnForObjects(`${THUMBNAILS_PREFIX}*`)],
      }),
      new iam.PolicyStatement({
        sid: 'EncryptThumbnails',
        // A single-part PutObject to an SSE-KMS bucket needs GenerateDataKey only (multipart uploads would need Decrypt).
        actions: ['kms:GenerateDataKey'],
        resources: [this.thumbnails.encryptionKey!.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `s3.${this.region}.amazonaws.com` } },
      }),
    );
    const keyOf = (bucket: s3.Bucket) => this.getLogicalId(bucket.node.defaultChild as s3.CfnBucket);
    Validations.of(this.thumbnailer.executionPolicy).acknowledge(
      {
        id: `AwsSolutions-IAM5[Resource::<${keyOf(this.uploads)}.Arn>/${UPLOADS_PREFIX}*]`,
        reason: `The function reads whichever object was uploaded: keys are known only at run time. The wildcard is limited to ${UPLOADS_PREFIX} of the uploads bucket and to s3:GetObject.`,
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${keyOf(this.thumbnails)}.Arn>/${THUMBNAILS_PREFIX}*]`,
        reason: `Each thumbnail's key derives from its upload's, known only at run time. The wildcard is limited to ${THUMBNAILS_PREFIX} of the thumbnails bucket and to s3:PutObject.`,
      },
    );
  }

  /** A KMS key of this account, rotated yearly, that nobody may hand on with a grant but AWS services acting for AWS resources. */
  private customerKey(id: string, purpose: string): kms.Key {
    return new CustomerManagedKey(this, id, { description: `Encrypts ${purpose} of ${this.node.path}` });
  }

  /** The findings a log bucket cannot fix, each with the reason. */
  private acknowledgeLogBucketFindings(): void {
    const sseS3Only = 'S3 server access logging delivers only to a bucket encrypted with SSE-S3; SSE-KMS is not supported '
      + '(https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html).';
    Validations.of(this.accessLogs).acknowledge(
      ...['HIPAA.Security-S3DefaultEncryptionKMS', 'NIST.800.53.R5-S3DefaultEncryptionKMS', 'PCI.DSS.321-S3DefaultEncryptionKMS',
        'cdk-validator-cfnguard::s3_bucket_default_encryption_kms_check'].map(ruleId => ({ id: ruleId, reason: sseS3Only })),
      {
        id: 'cdk-validator-cfnguard::s3_bucket_logging_enabled_check',
        reason: 'This is the access-log bucket: logging it to itself would log every log delivery, and logging it to another '
          + 'bucket only moves the question there.',
      },
    );
  }

  /** A private, SSE-KMS, versioned bucket whose server access logs go to `accessLogs` under `<id>/`. */
  private imageBucket(id: string, purpose: string, keepOldVersions: Duration): s3.Bucket {
    return new s3.Bucket(this, id, {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: this.customerKey(`${id}Key`, `the ${purpose} bucket`),
      // One data key per bucket and period instead of one KMS request per object.
      bucketKeyEnabled: true,
      ...SECURE_BUCKET,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: `${id}/`,
      lifecycleRules: [
        { id: 'ExpireOldVersions', noncurrentVersionExpiration: keepOldVersions },
        { id: 'AbortIncompleteUploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
  }
}

/** What every bucket of the blueprint has: no public access, TLS 1.2+ only, versioning, bucket-owner objects. */
const SECURE_BUCKET: s3.BucketProps = {
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
  versioned: true,
  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
  // Object Lock on, without a default retention: an operator can put a legal hold or a retention on given objects (an
  // upload under dispute, an incident's logs). A default retention would forbid deleting an upload on request, and
  // S3 server access logging does not deliver to a bucket that has one.
  objectLockEnabled: true,
};

/** The packs' S3BucketReplicationEnabled rules, acknowledged on `bucket` for `reason`. */
function acknowledgeNoReplication(bucket: s3.Bucket, reason: string): void {
  Validations.of(bucket).acknowledge(...['HIPAA.Security', 'NIST.800.53.R4', 'NIST.800.53.R5', 'PCI.DSS.321']
    .map(pack => ({ id: `${pack}-S3BucketReplicationEnabled`, reason })));
}

const NOT_IN_VPC_REASON = 'The thumbnailer calls S3 only, through its public endpoint with TLS and IAM authentication; a VPC '
  + 'would add network interfaces, a gateway endpoint and flow logs to protect no private resource. Lambda runs it in an '
  + 'AWS-owned, isolated network, and only the EventBridge rule invokes it.';
