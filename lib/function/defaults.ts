import { Duration, RemovalPolicy, Size } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';

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
