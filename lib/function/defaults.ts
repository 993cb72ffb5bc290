import { Duration, RemovalPolicy, Size } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { ComplianceProfile } from './compliance-profile';

/**
 * Every default `ServerlessFunction` applies, each once, each listed in the README's
 * "What you get by default". Change one here and the README, tests and snapshots say so.
 */

/** 512 MB: a balanced start (CPU scales with memory); set it explicitly from measurements. */
export const DEFAULT_MEMORY_SIZE_MB = 512;

/** 10 seconds: long enough for a typical API call chain, short enough to fail fast (Lambda's own default is 3 s). */
export const DEFAULT_TIMEOUT = Duration.seconds(10);

/** arm64 (Graviton): lower price per GB-second than x86_64 for most workloads. */
export const DEFAULT_ARCHITECTURE = lambda.Architecture.ARM_64;

/** 512 MiB of /tmp: Lambda's minimum, free of charge. */
export const DEFAULT_EPHEMERAL_STORAGE = Size.mebibytes(512);

/** Active X-Ray tracing. */
export const DEFAULT_TRACING = lambda.Tracing.ACTIVE;

/** One year of log retention (the compliance packs ask for at least 365 days). */
export const DEFAULT_LOG_RETENTION = logs.RetentionDays.ONE_YEAR;

/** Logs outlive the stack: an audit trail is not deleted with the code. */
export const DEFAULT_LOG_REMOVAL_POLICY = RemovalPolicy.RETAIN;

/** Structured JSON logs, so log levels and fields are searchable in CloudWatch Logs Insights. */
export const DEFAULT_LOGGING_FORMAT = lambda.LoggingFormat.JSON;

/** Failed asynchronous events are kept 14 days, SQS's maximum, so nobody loses one over a long weekend. */
export const DEFAULT_FAILURE_QUEUE_RETENTION = Duration.days(14);

/** The failure queue is retained when the stack is deleted: it may hold the only copy of failed events. */
export const DEFAULT_FAILURE_QUEUE_REMOVAL_POLICY = RemovalPolicy.RETAIN;

/** The live alias every trigger targets. */
export const DEFAULT_ALIAS_NAME = 'live';

/** Provisioned concurrency autoscaling aims at 70 % utilization, AWS's suggested starting point. */
export const DEFAULT_PROVISIONED_UTILIZATION_TARGET = 0.7;

/** The latency alarm watches p99 when a threshold is given. */
export const DEFAULT_LATENCY_ALARM_PERCENTILE = 99;

/** SQS mappings read 10 messages per batch: Lambda's default, and the most a FIFO queue or a batch without a batching window allows. */
export const DEFAULT_SQS_BATCH_SIZE = 10;

/** Kinesis and DynamoDB stream mappings read 100 records per batch, Lambda's default. */
export const DEFAULT_STREAM_BATCH_SIZE = 100;

/**
 * Stream mappings start at TRIM_HORIZON, the oldest record the stream retains: records written before the mapping
 * exists (or while it is replaced) are processed rather than skipped. LATEST would silently skip them.
 */
export const DEFAULT_STREAM_STARTING_POSITION = lambda.StartingPosition.TRIM_HORIZON;

/** A failing stream batch is split in two and retried, so one bad record does not block or fail the whole batch. */
export const DEFAULT_STREAM_BISECT_BATCH_ON_ERROR = true;

/** A failing stream batch is retried 3 times, then sent to the on-failure destination (Lambda's default, -1, retries until the record expires and blocks the shard). */
export const DEFAULT_STREAM_RETRY_ATTEMPTS = 3;

/**
 * Records older than one day go to the on-failure destination instead of being retried (Lambda's default is the
 * stream's retention). One day is the retention of DynamoDB streams and Kinesis's default, so a backlog read from
 * TRIM_HORIZON is still processed.
 */
export const DEFAULT_STREAM_MAX_RECORD_AGE = Duration.days(1);

/** Mappings report partial batch failures (ReportBatchItemFailures): only the failed records are retried. */
export const DEFAULT_REPORT_BATCH_ITEM_FAILURES = true;

/** A source queue created by `QueuePair` moves a message to its dead-letter queue after 5 receives (AWS's advice for Lambda: at least 5). */
export const DEFAULT_SOURCE_QUEUE_MAX_RECEIVE_COUNT = 5;

/** A source queue created by `QueuePair` hides a received message for 6 times the default function timeout, AWS's advice for Lambda. */
export const DEFAULT_SOURCE_QUEUE_VISIBILITY_TIMEOUT = Duration.seconds(6 * DEFAULT_TIMEOUT.toSeconds());

/** A source queue created by `QueuePair` keeps messages 4 days, SQS's default (its dead-letter queue keeps them 14). */
export const DEFAULT_SOURCE_QUEUE_RETENTION = Duration.days(4);

/** Function URLs need signed (IAM) requests; a public URL takes `authType: NONE` plus `allowPublicAccess: true`. */
export const DEFAULT_URL_AUTH_TYPE = lambda.FunctionUrlAuthType.AWS_IAM;

/** Function URLs return the whole response at once; pass InvokeMode.RESPONSE_STREAM to stream. */
export const DEFAULT_URL_INVOKE_MODE = lambda.InvokeMode.BUFFERED;

/**
 * A VPC function goes to the VPC's private subnets (with egress, else isolated: aws-cdk-lib's default selection);
 * a selection that lands on public subnets fails synth unless `allowPublicSubnet` is true.
 */
export const DEFAULT_VPC_SUBNETS: ec2.SubnetSelection = {};

/** A VPC function's created security group allows no ingress, and all egress so the function can call out. */
export const DEFAULT_SECURITY_GROUP_ALLOW_ALL_OUTBOUND = true;

/** Where the EFS access point is mounted when `fileSystemMountPath` is not given. */
export const DEFAULT_FILE_SYSTEM_MOUNT_PATH = '/mnt/data';

/** A public function URL (authType NONE) is refused unless `url.allowPublicAccess` is set to true. */
export const DEFAULT_URL_ALLOW_PUBLIC_ACCESS = false;

/** Public subnets are refused for a VPC function unless `allowPublicSubnet` is set to true. */
export const DEFAULT_ALLOW_PUBLIC_SUBNET = false;

/** The standard profile: secure defaults, and findings that need your decision acknowledged with their reason. */
export const DEFAULT_COMPLIANCE_PROFILE = ComplianceProfile.STANDARD;
