/**
 * Blueprint: a Kinesis stream processor.
 *
 * What it shows: an encrypted Kinesis stream feeding a `ServerlessFunction` through `EventSource.kinesis`, bound
 * to the live alias, with the stream defaults: start at TRIM_HORIZON, bisect a failing batch, 3 retries, records
 * older than a day dropped to the on-failure queue (created, encrypted) rather than blocking the shard, and partial
 * batch responses from a handler (handler/index.ts, bundled locally by esbuild) that reports the first failed record.
 * Its concurrency is reserved at exactly what the stream can use (shards x parallelization factor), and its logs (page
 * paths, which may carry identifiers) are encrypted with a customer-managed key.
 *
 * Synthesize it with every other blueprint: `npx cdk synth` (bin/app.ts), or alone:
 * `npx cdk synth ClickstreamProcessor`.
 */
import * as path from 'path';
import { Duration, Stack, StackProps } from 'aws-cdk-lib';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { CustomerManagedKey, EventSource, ServerlessFunction } from '../../lib';
import { bundledCode } from '../shared/bundle';
import { acknowledgeOutsideVpc } from '../shared/outside-vpc';

const SHARDS = 2;
const PARALLELIZATION_FACTOR = 2;

export class ClickstreamProcessorStack extends Stack {
  /** The clickstream. */
  public readonly stream: kinesis.Stream;
  /** The processor. */
  public readonly processor: ServerlessFunction;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);

    this.stream = new kinesis.Stream(this, 'Clicks', {
      shardCount: SHARDS,
      retentionPeriod: Duration.days(2),
      // The AWS managed key for Kinesis (AwsSolutions-KDS3 asks for it; a customer key works too).
      encryption: kinesis.StreamEncryption.MANAGED,
    });

    this.processor = new ServerlessFunction(this, 'Processor', {
      runtime: lambda.Runtime.NODEJS_24_X,
      code: bundledCode(path.join(__dirname, 'handler', 'index.ts'), { target: 'node24' }),
      handler: 'index.handler',
      description: 'Counts page views per path from the clickstream',
      memorySize: 256,
      timeout: Duration.seconds(60),
      // One concurrent batch per shard and parallelization slot: more could never be used, fewer would slow the stream.
      reservedConcurrentExecutions: SHARDS * PARALLELIZATION_FACTOR,
      logEncryptionKey: new CustomerManagedKey(this, 'LogKey', { description: 'Encrypts the clickstream processor logs' }),
      eventSources: [EventSource.kinesis(this.stream, {
        batchSize: 200, maxBatchingWindow: Duration.seconds(5), parallelizationFactor: PARALLELIZATION_FACTOR,
      })],
    });
    acknowledgeOutsideVpc(this.processor, 'The processor reads the stream through Lambda\'s poller and keeps its counts in memory: it calls '
      + 'no service and reaches no private resource, so a VPC would add network interfaces and flow logs that protect nothing. Lambda runs '
      + 'it in an AWS-owned, isolated network.');
  }
}
