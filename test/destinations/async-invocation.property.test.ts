import { App, Duration, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as fc from 'fast-check';
import { ServerlessFunction } from '../../lib';

function synthErrors(retryAttempts: number, maxEventAgeSeconds: number): string {
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' } });
  const stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
  new ServerlessFunction(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_24_X,
    code: lambda.Code.fromInline('exports.handler = async () => ({});'),
    handler: 'index.handler',
    retryAttempts,
    maxEventAge: Duration.seconds(maxEventAgeSeconds),
  });
  try {
    app.synth();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('asynchronous invocation options (properties)', () => {
  test('any retryAttempts in 0..2 and maxEventAge in 60..21,600 s synthesize', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 60, max: 21_600 }), (retries, age) => {
      expect(synthErrors(retries, age)).toBe('');
    }), { numRuns: 8 });
  });

  test('fails for any retryAttempts above 2 or maxEventAge outside 60..21,600 s, naming the prop', () => {
    const ageOutside = fc.oneof(fc.integer({ min: 1, max: 59 }), fc.integer({ min: 21_601, max: 100_000 }));
    fc.assert(fc.property(fc.integer({ min: 3, max: 1000 }), ageOutside, (retries, age) => {
      const errors = synthErrors(retries, age);
      expect(errors).toMatch(/LambdaKit\.EventInvokeConfig\.MaximumRetryAttempts[^\n]*`retryAttempts`/);
      expect(errors).toMatch(/LambdaKit\.EventInvokeConfig\.MaximumEventAge[^\n]*`maxEventAge`/);
    }), { numRuns: 8 });
  });
});
