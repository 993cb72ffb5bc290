import { App, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as fc from 'fast-check';
import { EventSource, QueuePair, ServerlessFunction } from '../../lib';
import { synthErrors } from '../validation/helpers';

const REQUIRED = {
  runtime: lambda.Runtime.NODEJS_24_X,
  code: lambda.Code.fromInline('exports.handler = async () => ({ batchItemFailures: [] });'),
  handler: 'index.handler',
};

function freshStack(): { app: App; stack: Stack } {
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
  return { app, stack: new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } }) };
}

describe('event source properties', () => {
  test('any valid SQS batch size and window: the mapping carries them as given and synth reports no error', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 2, max: 1_000 }),
      (batchSize, windowSeconds, maxConcurrency) => {
        const { app, stack } = freshStack();
        const queue = new QueuePair(stack, 'Pair', { visibilityTimeout: Duration.seconds(6 * 10 + windowSeconds) }).queue;
        new ServerlessFunction(stack, 'Fn', {
          ...REQUIRED,
          eventSources: [EventSource.sqs(queue, { batchSize, maxBatchingWindow: Duration.seconds(windowSeconds), maxConcurrency })],
        });
        expect(synthErrors(app)).toEqual([]);
        Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventSourceMapping', {
          BatchSize: batchSize, MaximumBatchingWindowInSeconds: windowSeconds, ScalingConfig: { MaximumConcurrency: maxConcurrency },
        });
      },
    ), { numRuns: 8 });
  });

  test('any valid Kinesis options: carried as given, no error; one step outside a range: exactly that option is reported', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 10 }), fc.integer({ min: -1, max: 10_000 }), fc.integer({ min: 60, max: 604_800 }), fc.boolean(),
      (parallelizationFactor, retryAttempts, maxRecordAgeSeconds, breakIt) => {
        const { app, stack } = freshStack();
        new ServerlessFunction(stack, 'Fn', {
          ...REQUIRED,
          eventSources: [EventSource.kinesis(new kinesis.Stream(stack, 'Stream'), {
            parallelizationFactor: breakIt ? 11 : parallelizationFactor,
            retryAttempts,
            maxRecordAge: Duration.seconds(maxRecordAgeSeconds),
          })],
        });
        const errors = synthErrors(app);
        if (breakIt) {
          expect(errors).toEqual([expect.stringContaining('`parallelizationFactor` (ParallelizationFactor)')]);
        } else {
          expect(errors).toEqual([]);
          Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventSourceMapping', {
            ParallelizationFactor: parallelizationFactor, MaximumRetryAttempts: retryAttempts, MaximumRecordAgeInSeconds: maxRecordAgeSeconds,
          });
        }
      },
    ), { numRuns: 8 });
  });
});
