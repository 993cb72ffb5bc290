/**
 * Blueprint: an SQS worker with partial batch failures.
 *
 * What it shows: `QueuePair` (an encrypted, SSL-only source queue with its dead-letter queue and redrive-allow
 * policy) feeding a `ServerlessFunction` through `EventSource.sqs`, bound to the live alias, with
 * ReportBatchItemFailures on (the default), a maximum concurrency so a burst cannot starve the account, and a
 * handler (handler/index.ts, bundled locally by esbuild) that returns the failed message ids only.
 *
 * Synthesize it with every other blueprint: `npx cdk synth` (bin/app.ts), or alone:
 * `npx cdk synth OrderEventsWorker`.
 */
import * as path from 'path';
import { Duration, Stack, StackProps } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { EventSource, QueuePair, ServerlessFunction } from '../../lib';
import { bundledCode } from '../shared/bundle';

export class OrderEventsWorkerStack extends Stack {
  /** The order events queue and its dead-letter queue. */
  public readonly queues: QueuePair;
  /** The worker. */
  public readonly worker: ServerlessFunction;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);

    // Visibility timeout 6 x the function timeout, as Lambda recommends for SQS sources (LambdaLimits checks it).
    this.queues = new QueuePair(this, 'OrderEvents', { visibilityTimeout: Duration.seconds(180), maxReceiveCount: 5 });

    this.worker = new ServerlessFunction(this, 'Worker', {
      runtime: lambda.Runtime.NODEJS_24_X,
      code: bundledCode(path.join(__dirname, 'handler', 'index.ts'), { target: 'node24' }),
      handler: 'index.handler',
      description: 'Applies order events; reports partial batch failures',
      memorySize: 512,
      timeout: Duration.seconds(30),
      eventSources: [EventSource.sqs(this.queues.queue, { batchSize: 10, maxConcurrency: 5 })],
    });
  }
}
