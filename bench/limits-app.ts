/**
 * The app `npm run bench:limits` synthesizes: plain aws-cdk-lib functions with inline code, each with (unless
 * `versions` is false) a version and a `live` alias, an SQS event source whose queue has a dead-letter queue, and an
 * async invoke config: the resources LambdaLimits reads, 9 per function (7 without versions), 40 functions per stack.
 * The app is clean: LambdaLimits finds nothing to report, so what is measured is the checking.
 */
import { App, Aspects, Duration, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { benchApp } from './harness';

export const FUNCTIONS_PER_STACK = 40;

export function buildLimitsApp(functions: number, withLimits: boolean, versions: boolean): App {
  const app = benchApp('limits-bench');
  if (withLimits) {
    // Loaded only where it is used, from the package root as an app imports it: compiled, bench/harness.ts gives it the
    // published package's entry point (under ts-node and in tests it is lib/index.ts, which loads the whole library). The
    // whole-process measurement counts that loading.
    const { LambdaLimits } = require('../lib') as typeof import('../lib');
    Aspects.of(app).add(new LambdaLimits());
  }
  let stack: Stack | undefined;
  for (let i = 0; i < functions; i++) {
    if (i % FUNCTIONS_PER_STACK === 0) {
      stack = new Stack(app, `Service${i / FUNCTIONS_PER_STACK}`, { env: { account: '123456789012', region: 'us-east-1' } });
    }
    const fn = new lambda.Function(stack!, `Fn${i}`, {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = async () => ${i};`),
      memorySize: 256,
      timeout: Duration.seconds(30),
      environment: { TABLE_NAME: `table-${i}`, STAGE: 'prod' },
    });
    if (versions) new lambda.Alias(stack!, `Live${i}`, { aliasName: 'live', version: fn.currentVersion });
    const deadLetters = new sqs.Queue(stack!, `JobsDlq${i}`);
    const queue = new sqs.Queue(stack!, `Jobs${i}`, { visibilityTimeout: Duration.seconds(180), deadLetterQueue: { queue: deadLetters, maxReceiveCount: 3 } });
    fn.addEventSource(new SqsEventSource(queue, { batchSize: 10 }));
    fn.configureAsyncInvoke({ retryAttempts: 1, maxEventAge: Duration.hours(1) });
  }
  return app;
}
