import { App, CfnParameter, Duration, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import {
  EventSource, QueuePair, ServerlessFunction, ServerlessFunctionProps, SqsEventSourceOptions, StreamEventSourceOptions, StreamFailureDestination,
} from '../../lib';
import { synthErrors } from '../validation/helpers';

/**
 * Each validation the issue asks for, reported at synth for this library's API (through LambdaLimits's rules on the
 * L1 mapping), with the option named as the user typed it.
 */

const REQUIRED: ServerlessFunctionProps = {
  runtime: lambda.Runtime.NODEJS_24_X,
  code: lambda.Code.fromInline('exports.handler = async () => ({ batchItemFailures: [] });'),
  handler: 'index.handler',
};

let app: App;
let stack: Stack;
beforeEach(() => {
  app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
  stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
});

/** A compliant source queue: visibility timeout well above 6 x the function's timeout, a dead-letter queue. */
function goodQueue(props: { fifo?: boolean; visibilityTimeout?: Duration } = {}): sqs.IQueue {
  return new QueuePair(stack, `Pair${stack.node.children.length}`, { visibilityTimeout: Duration.minutes(15), ...props }).queue;
}

function sqsFunction(options: SqsEventSourceOptions, queue: sqs.IQueue = goodQueue(), props: Partial<ServerlessFunctionProps> = {}) {
  return new ServerlessFunction(stack, 'Fn', { ...REQUIRED, ...props, eventSources: [EventSource.sqs(queue, options)] });
}

function kinesisFunction(options: StreamEventSourceOptions) {
  return new ServerlessFunction(stack, 'Fn', { ...REQUIRED, eventSources: [EventSource.kinesis(new kinesis.Stream(stack, 'Stream'), options)] });
}

function errorsOf(rule: string): string[] {
  return synthErrors(app).filter(line => line.includes(`[${rule}]`));
}

function warningsOf(rule: string): string[] {
  return app.synth().stacks.flatMap(artifact => artifact.messages)
    .filter(message => message.level === 'warning')
    .map(message => String(message.entry.data))
    .filter(text => text.includes(`[${rule}]`));
}

describe('batch size per source kind', () => {
  test.each([
    ['an SQS standard queue', 10_000, false, undefined],
    ['an SQS standard queue', 10_001, false, 'a whole number from 1 to 10,000'],
    ['an SQS FIFO queue', 10, true, undefined],
    ['an SQS FIFO queue', 11, true, 'a whole number from 1 to 10 for an SQS FIFO queue'],
  ])('%s with batchSize %s', (_kind, batchSize, fifo, limit) => {
    sqsFunction({ batchSize, maxBatchingWindow: fifo ? undefined : Duration.seconds(1) }, goodQueue({ fifo }));
    const errors = errorsOf('LambdaKit.EventSourceMapping.BatchSize');
    if (limit === undefined) {
      expect(errors).toEqual([]);
    } else {
      expect(errors).toEqual([expect.stringContaining(`\`batchSize\` (BatchSize) must be ${limit}, got: ${batchSize}.`)]);
    }
  });

  test('fails on a Kinesis batch size above 10,000, naming batchSize', () => {
    kinesisFunction({ batchSize: 10_001 });
    expect(errorsOf('LambdaKit.EventSourceMapping.BatchSize')).toEqual([expect.stringContaining('`batchSize` (BatchSize) must be a whole number from 1 to 10,000')]);
  });

  test('fails on an SQS standard batch size above 10 without a batching window', () => {
    sqsFunction({ batchSize: 11 });
    expect(errorsOf('LambdaKit.Sqs.BatchSizeNeedsBatchingWindow')).toEqual([expect.stringContaining(
      '`maxBatchingWindow` (MaximumBatchingWindowInSeconds) must be at least 1 second when BatchSize (11) is above 10',
    )]);
  });

  test('does not fail on a batch size that is a deploy-time token', () => {
    sqsFunction({ batchSize: new CfnParameter(stack, 'BatchSize', { type: 'Number' }).valueAsNumber });
    expect(synthErrors(app)).toEqual([]);
  });
});

describe('FIFO limits', () => {
  test('fails on a batching window on a FIFO queue', () => {
    sqsFunction({ maxBatchingWindow: Duration.seconds(5) }, goodQueue({ fifo: true }));
    expect(errorsOf('LambdaKit.Sqs.FifoBatchingWindow')).toEqual([expect.stringContaining(
      '`maxBatchingWindow` (MaximumBatchingWindowInSeconds) must be absent for an SQS FIFO queue, got: 5.',
    )]);
  });
});

describe('windows', () => {
  test.each([
    [Duration.seconds(300), false],
    [Duration.seconds(301), true],
    [Duration.millis(1500), true],
  ])('maxBatchingWindow %s', (window, fails) => {
    sqsFunction({ batchSize: 20, maxBatchingWindow: window });
    expect(errorsOf('LambdaKit.EventSourceMapping.BatchingWindow')).toEqual(fails
      ? [expect.stringContaining('`maxBatchingWindow` (MaximumBatchingWindowInSeconds) must be a whole number of seconds from 0 to 300')]
      : []);
  });

  test.each([
    [Duration.seconds(900), false],
    [Duration.seconds(901), true],
  ])('tumblingWindow %s', (window, fails) => {
    kinesisFunction({ tumblingWindow: window });
    expect(errorsOf('LambdaKit.Kinesis.TumblingWindow')).toEqual(fails ? [expect.stringContaining('`tumblingWindow` (TumblingWindowInSeconds)')] : []);
  });
});

describe('visibility timeout against the function timeout', () => {
  test('fails when the queue\'s visibility timeout is below the function timeout', () => {
    sqsFunction({}, goodQueue({ visibilityTimeout: Duration.seconds(30) }), { timeout: Duration.seconds(60) });
    expect(errorsOf('LambdaKit.Sqs.VisibilityTimeout')).toEqual([expect.stringContaining(
      '`queue` (EventSourceArn) must be a queue whose VisibilityTimeout is at least the Timeout of Stack/Fn/Function/Resource (60 s)',
    )]);
  });

  test('warns when it is below 6 x the function timeout plus the batching window', () => {
    sqsFunction({ batchSize: 20, maxBatchingWindow: Duration.seconds(10) }, goodQueue({ visibilityTimeout: Duration.seconds(60) }));
    expect(synthErrors(app)).toEqual([]);
    expect(warningsOf('LambdaKit.Sqs.VisibilityTimeout')).toEqual([expect.stringContaining(
      'at least 6 x the Timeout of Stack/Fn/Function/Resource + the batching window (70 s)',
    )]);
  });

  test('the QueuePair default (60 s) fits the ServerlessFunction default timeout (10 s) without a batching window', () => {
    sqsFunction({}, new QueuePair(stack, 'Default').queue);
    expect(synthErrors(app)).toEqual([]);
    expect(warningsOf('LambdaKit.Sqs.VisibilityTimeout')).toEqual([]);
  });
});

describe('stream-only parameters refused on SQS', () => {
  test('fails, naming each option, when a JavaScript caller passes stream options to EventSource.sqs', () => {
    sqsFunction({ retryAttempts: 2, bisectBatchOnError: true, parallelizationFactor: 2 } as SqsEventSourceOptions);
    expect(errorsOf('LambdaKit.EventSourceMapping.StreamOnlyParameters')).toEqual([
      expect.stringContaining('`parallelizationFactor` (ParallelizationFactor) must be absent for an SQS queue'),
      expect.stringContaining('`bisectBatchOnError` (BisectBatchOnFunctionError) must be absent for an SQS queue'),
      expect.stringContaining('`retryAttempts` (MaximumRetryAttempts) must be absent for an SQS queue'),
    ]);
  });

  test('fails on a starting position for SQS', () => {
    sqsFunction({ startingPosition: lambda.StartingPosition.LATEST } as SqsEventSourceOptions);
    expect(errorsOf('LambdaKit.EventSourceMapping.StartingPosition')).toEqual([
      expect.stringContaining('`startingPosition` (StartingPosition) must be absent for an SQS queue'),
    ]);
  });

  test('fails on an on-failure destination for SQS, pointing at the queue\'s redrive policy', () => {
    const failures = new sqs.Queue(stack, 'Failures');
    sqsFunction({ onFailure: StreamFailureDestination.queue(failures) } as SqsEventSourceOptions);
    expect(errorsOf('LambdaKit.EventSourceMapping.OnFailureSources')).toEqual([expect.stringContaining(
      '`onFailure` (DestinationConfig) must be absent for an SQS queue (it applies to Kinesis streams, DynamoDB streams and Kafka only), got: ',
    )]);
    expect(errorsOf('LambdaKit.EventSourceMapping.OnFailureSources')[0]).toContain('give the queue a RedrivePolicy with a dead-letter queue instead');
  });
});

describe('filter count', () => {
  const patterns = (count: number) => Array.from({ length: count }, (_, i) => JSON.stringify({ body: { n: [i] } }));

  test('5 filters pass', () => {
    sqsFunction({ filterPatterns: patterns(5) });
    expect(synthErrors(app)).toEqual([]);
    expect(warningsOf('LambdaKit.EventSourceMapping.FilterCount')).toEqual([]);
  });

  test('6 filters warn (the default quota is 5)', () => {
    sqsFunction({ filterPatterns: patterns(6) });
    expect(warningsOf('LambdaKit.EventSourceMapping.FilterCount')).toEqual([expect.stringContaining('`filterPatterns` (FilterCriteria.Filters) must be at most 5 filters')]);
  });

  test('11 filters fail', () => {
    sqsFunction({ filterPatterns: patterns(11) });
    expect(errorsOf('LambdaKit.EventSourceMapping.FilterCount')).toEqual([expect.stringContaining('`filterPatterns` (FilterCriteria.Filters) must be at most 10 filters')]);
  });
});

describe('other options', () => {
  test.each([
    ['maxConcurrency 1', () => sqsFunction({ maxConcurrency: 1 }), 'LambdaKit.Sqs.MaximumConcurrency', '`maxConcurrency` (ScalingConfig.MaximumConcurrency)'],
    ['parallelizationFactor 11', () => kinesisFunction({ parallelizationFactor: 11 }), 'LambdaKit.Kinesis.ParallelizationFactor', '`parallelizationFactor`'],
    ['retryAttempts 10,001', () => kinesisFunction({ retryAttempts: 10_001 }), 'LambdaKit.Kinesis.MaximumRetryAttempts', '`retryAttempts`'],
    ['maxRecordAge 30 s', () => kinesisFunction({ maxRecordAge: Duration.seconds(30) }), 'LambdaKit.Kinesis.MaximumRecordAge', '`maxRecordAge`'],
    ['AT_TIMESTAMP without a timestamp', () => kinesisFunction({ startingPosition: lambda.StartingPosition.AT_TIMESTAMP }),
      'LambdaKit.EventSourceMapping.AtTimestamp', '`startingPositionTimestamp`'],
  ])('fails on %s, naming the option', (_case, build, rule, named) => {
    build();
    expect(errorsOf(rule)).toEqual([expect.stringContaining(named)]);
  });

  test('fails on AT_TIMESTAMP for a DynamoDB stream', () => {
    const table = new dynamodb.Table(stack, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, stream: dynamodb.StreamViewType.KEYS_ONLY,
    });
    new ServerlessFunction(stack, 'Fn', {
      ...REQUIRED,
      eventSources: [EventSource.dynamoStream(table, {
        startingPosition: lambda.StartingPosition.AT_TIMESTAMP, startingPositionTimestamp: new Date(),
      })],
    });
    expect(errorsOf('LambdaKit.EventSourceMapping.AtTimestamp')).toEqual([expect.stringContaining('`startingPosition` (StartingPosition) must be LATEST or TRIM_HORIZON')]);
  });
});

describe('SQS source queue without a dead-letter queue', () => {
  test('warns, naming the queue', () => {
    sqsFunction({}, new sqs.Queue(stack, 'Bare', { visibilityTimeout: Duration.minutes(5) }));
    expect(synthErrors(app)).toEqual([]);
    expect(warningsOf('LambdaKit.Sqs.SourceDeadLetterQueue')).toEqual([expect.stringContaining(
      '`queue` (EventSourceArn) must be a queue with a redrive policy to a dead-letter queue, got: \'queue Stack/Bare/Resource without a RedrivePolicy\'',
    )]);
  });

  test('does not warn on a QueuePair', () => {
    sqsFunction({});
    expect(warningsOf('LambdaKit.Sqs.SourceDeadLetterQueue')).toEqual([]);
  });
});

describe('the same queue twice', () => {
  test('is reported at synth by the duplicate-mapping rule (a warning) instead of a construct-tree exception', () => {
    const queue = goodQueue();
    const fn = sqsFunction({}, queue);
    expect(() => fn.addEventSource(EventSource.sqs(queue))).not.toThrow();
    expect(warningsOf('LambdaKit.Sqs.DuplicateMapping')).toEqual([expect.stringMatching(/Stack\/Fn\/SqsStackPair\w+2\/Resource: `queue` \(EventSourceArn\) must be a queue not already mapped/)]);
  });
});

test('every problem of every source is reported in one synth', () => {
  new ServerlessFunction(stack, 'Fn', {
    ...REQUIRED,
    eventSources: [
      EventSource.sqs(goodQueue({ fifo: true }), { batchSize: 11, maxBatchingWindow: Duration.seconds(1) }),
      EventSource.kinesis(new kinesis.Stream(stack, 'Stream'), { parallelizationFactor: 11, tumblingWindow: Duration.hours(1) }),
    ],
  });
  const ruleIds = synthErrors(app).map(line => /\] \[([A-Za-z0-9.]+)\]/.exec(line)?.[1]).sort();
  expect(ruleIds).toEqual([
    'LambdaKit.EventSourceMapping.BatchSize',
    'LambdaKit.Kinesis.ParallelizationFactor',
    'LambdaKit.Kinesis.TumblingWindow',
    'LambdaKit.Sqs.FifoBatchingWindow',
  ]);
});
