import { App, Duration, Lazy, Size, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { ServerlessFunction, ServerlessFunctionProps } from '../../lib';
import { synthErrors } from '../validation/helpers';

const REQUIRED: ServerlessFunctionProps = {
  runtime: lambda.Runtime.NODEJS_24_X,
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  handler: 'index.handler',
};

function errorsFor(props: Partial<ServerlessFunctionProps>): string[] {
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' } });
  const stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
  new ServerlessFunction(stack, 'Fn', { ...REQUIRED, ...props });
  return synthErrors(app);
}

function layer(n: number): lambda.ILayerVersion {
  return lambda.LayerVersion.fromLayerVersionArn(new Stack(), `L${n}`, `arn:aws:lambda:eu-west-1:123456789012:layer:l${n}:1`);
}

describe('ServerlessFunction limits', () => {
  test('options that cannot be used fail synth at once, each naming the path, `limits.<option>`, the value and the limit', () => {
    const errors = errorsFor({ limits: { skipRules: ['LambdaKit.No.Such'], accountConcurrencyLimit: 0, accountMaxMemoryMb: 1.5, evaluationDate: 'someday' } });
    const expected = [
      '[LambdaKit.ServerlessFunction.Limits] Stack/Fn: `limits.skipRules` must be rule ids listed in RULES.md, got: ["LambdaKit.No.Such"].',
      "Stack/Fn: `limits.accountConcurrencyLimit` must be a whole number above 0 (the account's quota), got: 0.",
      "Stack/Fn: `limits.accountMaxMemoryMb` must be a whole number above 0 (the account's quota), got: 1.5.",
      "Stack/Fn: `limits.evaluationDate` must be an ISO date such as '2026-11-22', got: 'someday'.",
    ];
    expect(errors).toHaveLength(expected.length);
    expected.forEach((fragment, i) => {
      expect(errors[i]).toContain(fragment);
      expect(errors[i]).toMatch(/\. \S.+ See https:\/\/docs\.aws\.amazon\.com\//);
    });
  });

  test('a quota given as a token is refused at synth with its path, shown as the token', () => {
    expect(errorsFor({ limits: { accountConcurrencyLimit: Lazy.number({ produce: () => 1000 }) } })).toEqual([expect.stringMatching(
      /Stack\/Fn: `limits\.accountConcurrencyLimit` must be a whole number above 0 .+, known at synth \(a token is resolved only at deployment\), got: '\$\{Token\[/)]);
  });

  test('a quota of 1 and a date are used; the known ids of skipRules still skip their rules', () => {
    expect(errorsFor({ limits: { accountConcurrencyLimit: 1, accountMaxMemoryMb: 1, evaluationDate: '2026-11-22' }, memorySize: 128 }))
      .toEqual([expect.stringContaining('[LambdaKit.Function.MemorySize]')]);
    expect(errorsFor({ limits: { accountMaxMemoryMb: 1, skipRules: ['LambdaKit.Function.MemorySize', 'LambdaKit.No.Such'] }, memorySize: 128 }))
      .toEqual([expect.stringContaining('`limits.skipRules` must be rule ids listed in RULES.md, got: ["LambdaKit.No.Such"]')]);
  });
});

describe('ServerlessFunction bad input', () => {
  test('every problem is reported at once, each naming the path, the prop as typed, the value, the limit and a fix', () => {
    const errors = errorsFor({
      memorySize: 20_000,
      timeout: Duration.minutes(16),
      ephemeralStorageSize: Size.gibibytes(11),
      description: 'd'.repeat(300),
      functionName: 'orders api!',
      reservedConcurrentExecutions: -1,
      environment: { AWS_REGION: 'eu-west-1', 'bad-key': 'x' },
      layers: [1, 2, 3, 4, 5, 6].map(layer),
    });
    const expected: Array<[string, string, string]> = [
      ['LambdaKit.Function.MemorySize', 'memorySize', '20000'],
      ['LambdaKit.Function.Timeout', 'timeout', '960'],
      ['LambdaKit.Function.EphemeralStorage', 'ephemeralStorageSize', '11264'],
      ['LambdaKit.Function.Description', 'description', 'ddd'],
      ['LambdaKit.Function.Name', 'functionName', 'orders api!'],
      ['LambdaKit.Function.EnvironmentReserved', 'environment', 'AWS_REGION'],
      ['LambdaKit.Function.EnvironmentKey', 'environment', 'bad-key'],
      ['LambdaKit.Function.LayerCount', 'layers', '6 layers'],
    ];
    for (const [rule, prop, value] of expected) {
      const line = errors.find(e => e.includes(`[${rule}]`));
      expect(line).toBeDefined();
      expect(line).toContain('Stack/Fn/Function/Resource');
      expect(line).toContain(`\`${prop}\``);
      expect(line).toContain(value);
      expect(line).toMatch(/must be .+, got: .+\. .+ See https:\/\/docs\.aws\.amazon\.com\//);
    }
    expect(errors.join('\n')).toMatch(/ReservedConcurrentExecutions|reservedConcurrentExecutions/);
  });

  test.each([
    ['memorySize 127', { memorySize: 127 }, 'LambdaKit.Function.MemorySize'],
    ['memorySize 10,241', { memorySize: 10_241 }, 'LambdaKit.Function.MemorySize'],
    ['timeout 901 s', { timeout: Duration.seconds(901) }, 'LambdaKit.Function.Timeout'],
    ['ephemeralStorageSize 511 MiB', { ephemeralStorageSize: Size.mebibytes(511) }, 'LambdaKit.Function.EphemeralStorage'],
    ['ephemeralStorageSize 10,241 MiB', { ephemeralStorageSize: Size.mebibytes(10_241) }, 'LambdaKit.Function.EphemeralStorage'],
    ['description of 257 characters', { description: 'd'.repeat(257) }, 'LambdaKit.Function.Description'],
    ['functionName of 65 characters', { functionName: 'f'.repeat(65) }, 'LambdaKit.Function.Name'],
    ['environment above 4 KB', { environment: { BIG: 'x'.repeat(4100) } }, 'LambdaKit.Function.EnvironmentSize'],
    ['six layers', { layers: [1, 2, 3, 4, 5, 6].map(layer) }, 'LambdaKit.Function.LayerCount'],
  ])('fails for %s', (_case, props, rule) => {
    expect(errorsFor(props as Partial<ServerlessFunctionProps>).join('\n')).toContain(`[${rule}]`);
  });

  test('accepts every value exactly at its limit', () => {
    expect(errorsFor({
      memorySize: 10_240,
      timeout: Duration.seconds(900),
      ephemeralStorageSize: Size.mebibytes(10_240),
      description: 'd'.repeat(256),
      functionName: 'f'.repeat(64),
      layers: [1, 2, 3, 4, 5].map(layer),
      reservedConcurrentExecutions: 900,
    })).toEqual([]);
    expect(errorsFor({ memorySize: 128, timeout: Duration.seconds(1), ephemeralStorageSize: Size.mebibytes(512) })).toEqual([]);
  });

  test('log levels with the text log format are reported, not thrown', () => {
    const errors = errorsFor({ loggingFormat: lambda.LoggingFormat.TEXT, applicationLogLevel: lambda.ApplicationLogLevel.DEBUG });
    expect(errors.join('\n')).toMatch(/\[LambdaKit\.Function\.LogLevelFormat\] Stack\/Fn\/Function\/Resource: `loggingFormat`.*got: 'Text'/);
  });

  test('reserved concurrency that leaves less than 100 of the account unreserved is reported', () => {
    expect(errorsFor({ reservedConcurrentExecutions: 901 }).join('\n')).toMatch(/reservedConcurrentExecutions/);
  });
});
