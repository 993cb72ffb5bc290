import { Duration, Names, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct, IConstruct } from 'constructs';
import { dynamoStreamSource } from './dynamodb-stream';
import { StreamFailureDestination } from './failure-destination';
import { createFailureQueue } from './failure-queue';
import { kinesisConsumerSource, kinesisSource } from './kinesis';
import { KEY_SERVICE, PullSource, PullSourceKind } from './pull-source';
import { sqsSource } from './sqs';
import * as defaults from '../function/defaults';
import type { ServerlessFunction } from '../function/serverless-function';
import { viaService } from '../iam/kms-via-service';
import { propError } from '../private/prop-error';
import { recordPropertyNames } from '../validation/property-names';

/**
 * Options every event source mapping takes.
 */
export interface EventSourceOptions {
  /**
   * The most records (messages) in one batch: 1 to 10,000; at most 10 for an SQS FIFO queue, and above 10 for a
   * standard queue only with a `maxBatchingWindow` of at least one second.
   *
   * @default 10 for SQS, 100 for Kinesis and DynamoDB streams
   * @see https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html#lambda-CreateEventSourceMapping-request-BatchSize
   */
  readonly batchSize?: number;

  /**
   * How long Lambda gathers records before invoking the function, in whole seconds up to five minutes.
   * Not for SQS FIFO queues.
   *
   * @default - no batching window: the function is invoked as soon as records are available
   * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html#invocation-eventsourcemapping-batching
   */
  readonly maxBatchingWindow?: Duration;

  /**
   * Event filter patterns, as JSON text (at most 5 unless the account's quota was raised): only matching records
   * reach the function; the others are dropped (deleted from an SQS queue).
   *
   * `JSON.stringify({ body: { state: ['ready'] } })` is one; `lambda.FilterCriteria.filter({ ... }).pattern` builds one with `lambda.FilterRule`.
   *
   * @default - every record reaches the function
   * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html
   */
  readonly filterPatterns?: string[];

  /**
   * Let the handler report partial batch failures (`batchItemFailures`), so that only the failed records are
   * retried instead of the whole batch.
   *
   * @default true
   * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html#services-sqs-batchfailurereporting
   */
  readonly reportBatchItemFailures?: boolean;

  /**
   * Publish the mapping's event-count metrics (polled, filtered, invoked, failed, dropped records) to CloudWatch.
   *
   * @default false
   * @see https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics
   */
  readonly metrics?: boolean;

  /**
   * Whether the mapping polls. Disable it to pause processing without deleting the mapping.
   *
   * @default true
   */
  readonly enabled?: boolean;
}

/**
 * Options of an SQS event source.
 */
export interface SqsEventSourceOptions extends EventSourceOptions {
  /**
   * The most concurrent function invocations this queue may cause, 2 to 1,000.
   *
   * @default - Lambda scales up to the function's concurrency
   * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html#events-sqs-max-concurrency
   */
  readonly maxConcurrency?: number;
}

/**
 * Options of a Kinesis or DynamoDB stream event source.
 */
export interface StreamEventSourceOptions extends EventSourceOptions {
  /**
   * Where in the stream the mapping starts reading. `AT_TIMESTAMP` (Kinesis only) needs `startingPositionTimestamp`.
   *
   * @default StartingPosition.TRIM_HORIZON - the oldest record the stream retains, so no record written before
   * the mapping exists is skipped
   */
  readonly startingPosition?: lambda.StartingPosition;

  /**
   * The time to start reading from, with `startingPosition: StartingPosition.AT_TIMESTAMP`.
   *
   * @default - none
   */
  readonly startingPositionTimestamp?: Date;

  /**
   * How many batches of one shard are processed at the same time, 1 to 10 (order is kept per partition key).
   *
   * @default - 1
   */
  readonly parallelizationFactor?: number;

  /**
   * Split a failing batch in two and retry each half, isolating the bad record.
   *
   * @default true
   */
  readonly bisectBatchOnError?: boolean;

  /**
   * How many times a failing batch is retried before it goes to the on-failure destination, -1 (until the record
   * expires) to 10,000.
   *
   * @default 3
   */
  readonly retryAttempts?: number;

  /**
   * Records older than this are not retried any more and go to the on-failure destination: 60 seconds to 7 days.
   *
   * @default Duration.days(1)
   */
  readonly maxRecordAge?: Duration;

  /**
   * A tumbling window for stateful aggregation across invocations, up to 15 minutes.
   *
   * @default - no tumbling window
   * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-windows.html
   */
  readonly tumblingWindow?: Duration;

  /**
   * Where the description of a batch that failed for good goes.
   *
   * @default - an SQS queue is created: SQS-managed encryption, SSL-only, 14 days retention, retained on delete
   */
  readonly onFailure?: StreamFailureDestination;
}

/** Every option any kind of source takes: how the mapping reads the options it was given. */
interface AnySourceOptions extends SqsEventSourceOptions, StreamEventSourceOptions {}

/**
 * Something a `ServerlessFunction` polls: an SQS queue, a Kinesis stream or enhanced fan-out consumer, or a
 * DynamoDB stream.
 *
 * The mapping targets the function's live alias, and the execution policy gets exactly the actions Lambda's
 * poller needs, on this source only (plus `kms:Decrypt` on its customer-managed key when it has one).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html
 */
export class EventSource {
  /**
   * Poll an SQS queue (standard or FIFO).
   *
   * The queue should have a redrive policy to a dead-letter queue (LambdaLimits warns otherwise; `QueuePair`
   * creates a compliant pair), and a visibility timeout of at least six times the function's timeout.
   *
   * @example EventSource.sqs(queue, { batchSize: 10 })
   */
  public static sqs(queue: sqs.IQueue, options: SqsEventSourceOptions = {}): EventSource {
    return new EventSource(sqsSource(queue), options);
  }

  /**
   * Poll a Kinesis data stream with a standard (shared-throughput) iterator.
   *
   * @example EventSource.kinesis(stream, { batchSize: 500, parallelizationFactor: 2 })
   */
  public static kinesis(stream: kinesis.IStream, options: StreamEventSourceOptions = {}): EventSource {
    return new EventSource(kinesisSource(stream), options);
  }

  /**
   * Read a Kinesis data stream through an enhanced fan-out consumer (dedicated throughput, HTTP/2 push).
   *
   * @example EventSource.kinesisConsumer(consumer)
   */
  public static kinesisConsumer(consumer: kinesis.IStreamConsumer, options: StreamEventSourceOptions = {}): EventSource {
    return new EventSource(kinesisConsumerSource(consumer), options);
  }

  /**
   * Poll the stream of a DynamoDB table (the table must have a stream).
   *
   * @example EventSource.dynamoStream(table, { startingPosition: lambda.StartingPosition.LATEST })
   */
  public static dynamoStream(table: dynamodb.ITable, options: StreamEventSourceOptions = {}): EventSource {
    return new EventSource(dynamoStreamSource(table), options);
  }

  /** @internal */
  public readonly _source: PullSource;
  /** @internal */
  public readonly _options: AnySourceOptions;

  private constructor(source: PullSource, options: EventSourceOptions) {
    this._source = source;
    this._options = options;
  }

  /**
   * The construct id of the mapping in `scope`: the kind and the source's unique id, so that it does not change
   * when sources are added or reordered. A second mapping of the same source gets a numbered id, so that
   * LambdaLimits reports the duplicate at synth rather than the construct tree throwing.
   *
   * @internal
   */
  public _mappingId(scope: IConstruct): string {
    const base = `${this._source.kind}${Names.nodeUniqueId(this._source.resource.node)}`;
    let id = base;
    for (let n = 2; scope.node.tryFindChild(id); n++) id = `${base}${n}`;
    return id;
  }
}

/**
 * Properties of an `EventSourceMapping`.
 */
export interface EventSourceMappingProps {
  /** The function whose live alias the mapping invokes, and whose execution policy gets the poller's permissions. */
  readonly function: ServerlessFunction;

  /** What the mapping polls. */
  readonly source: EventSource;
}

/**
 * Define an event source mapping of a `ServerlessFunction`: what `fn.addEventSource(source)` creates.
 *
 * The mapping invokes the live alias, starts after the execution policy exists (Lambda checks the poller's
 * permissions when the mapping is created), reports partial batch failures, and for streams sends batches that
 * failed for good to an on-failure destination. Every value is written on the L1 as given, so that LambdaLimits
 * reports every problem at synth, naming the option as you typed it.
 */
export class EventSourceMapping extends Construct {
  /** The L1 mapping, for escape hatches. */
  public readonly resource: lambda.CfnEventSourceMapping;

  /** The on-failure queue this construct created (stream sources without `onFailure`). */
  public readonly failureQueue?: sqs.IQueue;

  /**
   * The id of the mapping.
   *
   * @attribute
   */
  public readonly eventSourceMappingId: string;

  constructor(scope: Construct, id: string, props: EventSourceMappingProps) {
    super(scope, id);
    const source = props.source._source;
    const options = props.source._options;
    const fn = props.function;

    let onFailure: StreamFailureDestination | undefined;
    if (source.isStream) {
      if (options.onFailure) {
        onFailure = options.onFailure;
      } else {
        this.failureQueue = createFailureQueue(this, 'OnFailureQueue', 'the on-failure destination of a stream event source mapping');
        onFailure = StreamFailureDestination.queue(this.failureQueue);
      }
    } else if (options.onFailure) {
      // Not a prop of SQS sources: written as given so that LambdaLimits refuses it and names the fix.
      onFailure = options.onFailure;
    }

    const defaultBatchSize = source.kind === PullSourceKind.SQS ? defaults.DEFAULT_SQS_BATCH_SIZE : defaults.DEFAULT_STREAM_BATCH_SIZE;
    const reportFailures = options.reportBatchItemFailures ?? defaults.DEFAULT_REPORT_BATCH_ITEM_FAILURES;
    this.resource = new lambda.CfnEventSourceMapping(this, 'Resource', {
      functionName: fn.alias.functionArn,
      eventSourceArn: source.eventSourceArn,
      batchSize: options.batchSize ?? defaultBatchSize,
      maximumBatchingWindowInSeconds: seconds(options.maxBatchingWindow),
      filterCriteria: options.filterPatterns ? { filters: options.filterPatterns.map(pattern => ({ pattern })) } : undefined,
      functionResponseTypes: reportFailures ? ['ReportBatchItemFailures'] : undefined,
      metricsConfig: options.metrics ? { metrics: ['EventCount'] } : undefined,
      enabled: options.enabled,
      scalingConfig: options.maxConcurrency !== undefined ? { maximumConcurrency: options.maxConcurrency } : undefined,
      // Stream parameters: defaults for streams only; values given for an SQS source are written so LambdaLimits refuses them.
      startingPosition: options.startingPosition ?? (source.isStream ? defaults.DEFAULT_STREAM_STARTING_POSITION : undefined),
      startingPositionTimestamp: options.startingPositionTimestamp ? options.startingPositionTimestamp.getTime() / 1000 : undefined,
      parallelizationFactor: options.parallelizationFactor,
      bisectBatchOnFunctionError: options.bisectBatchOnError ?? (source.isStream ? defaults.DEFAULT_STREAM_BISECT_BATCH_ON_ERROR : undefined),
      maximumRetryAttempts: options.retryAttempts ?? (source.isStream ? defaults.DEFAULT_STREAM_RETRY_ATTEMPTS : undefined),
      maximumRecordAgeInSeconds: seconds(options.maxRecordAge) ?? (source.isStream ? defaults.DEFAULT_STREAM_MAX_RECORD_AGE.toSeconds() : undefined),
      tumblingWindowInSeconds: seconds(options.tumblingWindow),
      destinationConfig: onFailure ? { onFailure: { destination: onFailure.destinationArn } } : undefined,
    });
    recordPropertyNames(this.resource, { ...PROPERTY_NAMES, EventSourceArn: source.propertyName });
    this.eventSourceMappingId = this.resource.ref;

    for (const statement of [...source.statements(), ...(onFailure?._statements(fn) ?? [])]) fn.executionPolicy.addStatements(statement);
    if (source.key) {
      fn.executionPolicy.addStatements(new iam.PolicyStatement({
        actions: ['kms:Decrypt'], resources: [source.key.keyArn], conditions: viaService(fn, KEY_SERVICE[source.kind]),
      }));
    }
    // Lambda checks the poller's permissions when it creates the mapping.
    this.resource.node.addDependency(fn.executionPolicy);

    if (source.kind === PullSourceKind.SQS) {
      Validations.of(this.resource).acknowledge({
        id: 'Serverless-LambdaEventSourceMappingDestination',
        reason: 'Lambda refuses an on-failure destination on SQS mappings; failed messages return to the queue and move to its '
          + 'dead-letter queue through the queue\'s redrive policy (LambdaLimits warns when the queue has none).',
      });
    }
    this.node.addValidation({ validate: () => this.sourceErrors(source) });
  }

  /** An imported table without a stream ARN leaves nothing for LambdaLimits to read: reported here, in its format. */
  private sourceErrors(source: PullSource): string[] {
    if (source.eventSourceArn !== undefined) return [];
    return [propError(this, 'TableStream', 'table', 'a table with a stream', 'an imported table without `tableStreamArn`',
      'Import the table with Table.fromTableAttributes({ tableArn, tableStreamArn }).', 'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html', 'EventSource')];
  }
}

/** How LambdaLimits's messages name the L1 properties this construct sets from its options. */
const PROPERTY_NAMES: Record<string, string> = {
  BatchSize: 'batchSize',
  MaximumBatchingWindowInSeconds: 'maxBatchingWindow',
  FilterCriteria: 'filterPatterns',
  'FilterCriteria.Filters': 'filterPatterns',
  FunctionResponseTypes: 'reportBatchItemFailures',
  MetricsConfig: 'metrics',
  Enabled: 'enabled',
  ScalingConfig: 'maxConcurrency',
  'ScalingConfig.MaximumConcurrency': 'maxConcurrency',
  StartingPosition: 'startingPosition',
  StartingPositionTimestamp: 'startingPositionTimestamp',
  ParallelizationFactor: 'parallelizationFactor',
  BisectBatchOnFunctionError: 'bisectBatchOnError',
  MaximumRetryAttempts: 'retryAttempts',
  MaximumRecordAgeInSeconds: 'maxRecordAge',
  TumblingWindowInSeconds: 'tumblingWindow',
  DestinationConfig: 'onFailure',
  'DestinationConfig.OnFailure.Destination': 'onFailure',
  FunctionName: 'function',
};

/** Seconds as given, fractions included: LambdaLimits reports a fractional value, where `toSeconds()` would throw. */
function seconds(duration: Duration | undefined): number | undefined {
  return duration?.toSeconds({ integral: false });
}
