/**
 * fast-check arbitraries for the oracle test (oracle.test.ts): random property sets for the Lambda L1 resources.
 *
 * Each resource starts from a minimal valid L1 and gets a random subset of its CloudFormation properties replaced
 * through escape-hatch overrides (`addPropertyOverride` / `addPropertyDeletionOverride`), so values of the wrong
 * type reach the template exactly as a user's override would put them there (the L1 props types would refuse them).
 * Every property's pool mixes valid values, both sides of each boundary, wrong types, intrinsics and random strings.
 */
import * as fc from 'fast-check';

/** Marks a property the run deletes from the template (a missing required property, or an absent optional one). */
export const DELETE = '<deleted>' as const;

/** Property path (dot-separated, PascalCase as in the template) => value, or DELETE. */
export type Overrides = Record<string, unknown>;

/** What the oracle builds in one stack: a function and, optionally, one of each resource that points at it. */
export interface OracleAppSpec {
  readonly fn: Overrides;
  readonly version?: Overrides;
  readonly alias?: Overrides;
  readonly mapping?: Overrides;
  readonly invokeConfig?: Overrides;
  readonly url?: Overrides;
  readonly queue: { readonly fifo: boolean; readonly visibilityTimeout?: number };
}

/** `{ Ref: 'Param' }`: the stack declares a String parameter `Param`, so the reference is valid but unknowable. */
export const PARAM_REF = { Ref: 'Param' };

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

const token = fc.constantFrom<unknown>(PARAM_REF, { 'Fn::ImportValue': 'Exported' }, { 'Fn::Join': ['', ['a', PARAM_REF]] });
const randomString = fc.string({ maxLength: 20 });
const shortOrLong = (valid: string, max: number) => fc.constantFrom(valid, 'a'.repeat(max), 'a'.repeat(max + 1), '');

/** A property value pool: mostly the interesting values, sometimes a token, a random string, a wrong type or absence. */
function pool(interesting: fc.Arbitrary<unknown>, opts: { wrongType?: fc.Arbitrary<unknown>; deletable?: boolean } = {}): fc.Arbitrary<unknown> {
  const choices: Array<fc.WeightedArbitrary<unknown>> = [
    { arbitrary: interesting, weight: 8 },
    { arbitrary: token, weight: 1 },
    { arbitrary: randomString, weight: 1 },
  ];
  if (opts.wrongType) choices.push({ arbitrary: opts.wrongType, weight: 1 });
  if (opts.deletable !== false) choices.push({ arbitrary: fc.constant(DELETE), weight: 1 });
  return fc.oneof(...choices);
}

/** An integer property: both sides of each boundary, values inside, a number-as-string and a fraction. */
function integerPool(boundaries: number[], range: { min: number; max: number }): fc.Arbitrary<unknown> {
  return pool(
    fc.oneof(fc.constantFrom(...boundaries), fc.integer(range)),
    { wrongType: fc.oneof(fc.constantFrom(...boundaries).map(String), fc.constant(range.min + 0.5), fc.boolean()) },
  );
}

/** Only some properties of a resource change in one run. */
function overrides(model: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Overrides> {
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Overrides>;
}

const layerArn = (name: string, version: number) => `arn:aws:lambda:${REGION}:${ACCOUNT}:layer:${name}:${version}`;
const envKey = fc.oneof(fc.constantFrom('MY_VAR', 'A', 'AB', 'MY-VAR', '1ABC', '_FOO', 'my.var', 'AWS_REGION', '_HANDLER', 'TZ'), fc.string({ minLength: 1, maxLength: 8 }));
const envValue = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('x'.repeat(2000), 'y'.repeat(4100)), token);

export const functionOverrides: fc.Arbitrary<Overrides> = overrides({
  'MemorySize': integerPool([0, -1, 127, 128, 3008, 10240, 10241, 32768, 32769], { min: 1, max: 40000 }),
  'Timeout': integerPool([-1, 0, 1, 900, 901, 5400, 5401], { min: 0, max: 6000 }),
  'Runtime': pool(fc.constantFrom('nodejs22.x', 'nodejs24.x', 'python3.12', 'python3.13', 'java21', 'nodejs20.x', 'python3.10', 'nodejs14.x',
    'go1.x', 'provided.al2023', 'dotnet8', 'dotnet9', 'ruby3.3', 'nodejs26.x', 'nodejs12.x', 'java8')),
  'Handler': pool(fc.oneof(fc.constantFrom('index.handler', 'has space', 'main'), shortOrLong('index.handler', 128))),
  'Architectures': pool(fc.constantFrom<unknown>(['x86_64'], ['arm64'], [], ['x86_64', 'arm64'], ['sparc'], 'arm64')),
  'EphemeralStorage.Size': integerPool([511, 512, 10240, 10241, 20000], { min: 512, max: 10240 }),
  'ReservedConcurrentExecutions': integerPool([-1, 0, 1, 900, 901, 1000], { min: 0, max: 2000 }),
  'Environment': pool(fc.dictionary(envKey, envValue, { maxKeys: 4 }).map(variables => ({ Variables: variables })),
    { wrongType: fc.constant({ Variables: 'not-a-map' }) }),
  'Description': pool(shortOrLong('my function', 256)),
  'FunctionName': pool(fc.oneof(fc.constantFrom('my-function', 'bad name', 'my.function'), shortOrLong('fn', 64))),
  'Layers': pool(fc.oneof(
    fc.integer({ min: 0, max: 6 }).map(n => Array.from({ length: n }, (_, i) => layerArn(`layer${i}`, 1))),
    fc.constantFrom<unknown>([layerArn('a', 1), layerArn('a', 1)], [layerArn('a', 1), layerArn('a', 2)], ['not-a-layer-arn'],
      [`arn:aws:lambda:eu-west-1:${ACCOUNT}:layer:far:1`], [`arn:aws:lambda:${REGION}:${ACCOUNT}:layer:noversion`]),
  )),
  'TracingConfig.Mode': pool(fc.constantFrom('Active', 'PassThrough', 'Bogus')),
  'SnapStart.ApplyOn': pool(fc.constantFrom('PublishedVersions', 'None', 'Always')),
  'LoggingConfig': pool(fc.record({
    LogFormat: fc.constantFrom('Text', 'JSON', 'XML'),
    ApplicationLogLevel: fc.constantFrom('TRACE', 'INFO', 'FATAL', 'VERBOSE'),
    SystemLogLevel: fc.constantFrom('DEBUG', 'WARN', 'ERROR'),
    LogGroup: fc.constantFrom('/aws/lambda/my-fn', 'my group', ''),
  }, { requiredKeys: [] })),
  'Code': pool(fc.constantFrom<unknown>(
    { S3Bucket: 'code-bucket', S3Key: 'code.zip' },
    { S3Bucket: 'b', S3Key: 'code.zip' },
    { S3Bucket: 'code-bucket' },
    { ZipFile: 'exports.handler = async () => {};' },
    { ZipFile: '' },
    { ZipFile: 'x', S3Bucket: 'code-bucket', S3Key: 'k' },
    { ImageUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/repo:latest` },
    {},
  )),
  'PackageType': pool(fc.constantFrom('Zip', 'Image', 'zip')),
  'Role': pool(fc.constantFrom(`arn:aws:iam::${ACCOUNT}:role/fn-role`, 'not-an-arn', `arn:aws:iam::${ACCOUNT}:user/someone`)),
  'KmsKeyArn': pool(fc.constantFrom(`arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`, 'alias/mykey')),
  'DeadLetterConfig.TargetArn': pool(fc.constantFrom(`arn:aws:sqs:${REGION}:${ACCOUNT}:dlq`, `arn:aws:sqs:${REGION}:${ACCOUNT}:dlq.fifo`,
    `arn:aws:sns:${REGION}:${ACCOUNT}:topic`, `arn:aws:lambda:${REGION}:${ACCOUNT}:function:other`, 'dlq')),
  'VpcConfig': pool(fc.record({
    SubnetIds: fc.integer({ min: 0, max: 17 }).map(n => Array.from({ length: n }, (_, i) => `subnet-${String(i).padStart(8, '0')}`)),
    SecurityGroupIds: fc.integer({ min: 0, max: 6 }).map(n => Array.from({ length: n }, (_, i) => `sg-${String(i).padStart(8, '0')}`)),
  }, { requiredKeys: [] })),
  'Tags': pool(fc.oneof(
    fc.integer({ min: 0, max: 51 }).map(n => Array.from({ length: n }, (_, i) => ({ Key: `k${i}`, Value: 'v' }))),
    fc.constantFrom<unknown>([{ Key: 'aws:owner', Value: 'x' }], [{ Key: 'a'.repeat(129), Value: 'x' }], [{ Key: 'k', Value: 'v'.repeat(257) }],
      [{ Key: 'dup', Value: '1' }, { Key: 'dup', Value: '2' }]),
  )),
  'FileSystemConfigs': pool(fc.constantFrom<unknown>(
    [{ Arn: `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:access-point/fsap-0123456789abcdef0`, LocalMountPath: '/mnt/data' }],
    [{ Arn: `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:access-point/fsap-0123456789abcdef0`, LocalMountPath: '/data' }],
  )),
  'RecursiveLoop': pool(fc.constantFrom('Allow', 'Terminate', 'Never')),
});

export const versionOverrides: fc.Arbitrary<Overrides> = overrides({
  'Description': pool(shortOrLong('v1', 256)),
  'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions': integerPool([-1, 0, 1, 100, 1000], { min: 0, max: 2000 }),
  'FunctionName': pool(fc.constantFrom<unknown>('a'.repeat(141), 'bad name!'), { deletable: true }),
});

export const aliasOverrides: fc.Arbitrary<Overrides> = overrides({
  'Name': pool(fc.oneof(fc.constantFrom('live', '123', '$LATEST', 'a.b', 'my alias'), shortOrLong('live', 128))),
  'Description': pool(shortOrLong('the live alias', 256)),
  'FunctionVersion': pool(fc.constantFrom<unknown>('1', '2', '$LATEST', 'abc', { 'Fn::GetAtt': ['Version', 'Version'] })),
  'RoutingConfig': pool(fc.oneof(
    fc.array(fc.record({
      FunctionVersion: fc.constantFrom<unknown>('2', '3', '$LATEST', '1'),
      FunctionWeight: fc.oneof(fc.constantFrom(-0.1, 0, 0.05, 1, 1.5), fc.double({ min: 0, max: 1, noNaN: true })),
    }), { minLength: 0, maxLength: 3 }).map(weights => ({ AdditionalVersionWeights: weights })),
    fc.constant<unknown>({ AdditionalVersionWeights: 'x' }),
  )),
  'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions': integerPool([-1, 0, 1, 100, 1000], { min: 0, max: 2000 }),
});

const queueArn = fc.constantFrom<unknown>(
  { 'Fn::GetAtt': ['Queue', 'Arn'] },
  `arn:aws:sqs:${REGION}:${ACCOUNT}:jobs`,
  `arn:aws:sqs:${REGION}:${ACCOUNT}:jobs.fifo`,
  `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/events`,
  `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/items/stream/2026-01-01T00:00:00.000`,
  `arn:aws:kafka:${REGION}:${ACCOUNT}:cluster/c/abc`,
  `arn:aws:mq:${REGION}:${ACCOUNT}:broker:b:b-1`,
);
const destinationArn = fc.constantFrom(`arn:aws:sqs:${REGION}:${ACCOUNT}:failures`, `arn:aws:sqs:${REGION}:${ACCOUNT}:failures.fifo`,
  `arn:aws:sns:${REGION}:${ACCOUNT}:failures`, `arn:aws:s3:::failure-bucket`, `arn:aws:lambda:${REGION}:${ACCOUNT}:function:other`,
  `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default`, `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/t`, 'not-an-arn');

export const mappingOverrides: fc.Arbitrary<Overrides> = overrides({
  'EventSourceArn': pool(queueArn),
  'BatchSize': integerPool([0, 1, 10, 11, 100, 10000, 10001], { min: 1, max: 12000 }),
  'MaximumBatchingWindowInSeconds': integerPool([-1, 0, 1, 300, 301], { min: 0, max: 400 }),
  'StartingPosition': pool(fc.constantFrom('LATEST', 'TRIM_HORIZON', 'AT_TIMESTAMP', 'EARLIEST')),
  'StartingPositionTimestamp': pool(fc.constantFrom(1700000000, 0)),
  'ParallelizationFactor': integerPool([0, 1, 10, 11], { min: 1, max: 10 }),
  'MaximumRecordAgeInSeconds': integerPool([-2, -1, 0, 59, 60, 604800, 604801], { min: 60, max: 604800 }),
  'MaximumRetryAttempts': integerPool([-2, -1, 0, 10000, 10001], { min: 0, max: 10000 }),
  'TumblingWindowInSeconds': integerPool([-1, 0, 900, 901], { min: 0, max: 900 }),
  'BisectBatchOnFunctionError': pool(fc.boolean(), { wrongType: fc.constant('yes') }),
  'ScalingConfig.MaximumConcurrency': integerPool([1, 2, 1000, 1001], { min: 2, max: 1000 }),
  'FilterCriteria': pool(fc.integer({ min: 0, max: 21 }).map(n => ({
    Filters: Array.from({ length: n }, (_, i) => ({ Pattern: JSON.stringify({ body: { n: [i] } }) })),
  }))),
  'FunctionResponseTypes': pool(fc.constantFrom<unknown>(['ReportBatchItemFailures'], ['Bogus'], [])),
  'DestinationConfig.OnFailure.Destination': pool(destinationArn),
  'Enabled': pool(fc.boolean(), { wrongType: fc.constant('true') }),
  'FunctionName': pool(fc.constantFrom<unknown>('a'.repeat(141), `arn:aws:lambda:${REGION}:${ACCOUNT}:function:other`)),
});

export const invokeConfigOverrides: fc.Arbitrary<Overrides> = overrides({
  'MaximumRetryAttempts': integerPool([-1, 0, 2, 3], { min: 0, max: 2 }),
  'MaximumEventAgeInSeconds': integerPool([59, 60, 21600, 21601], { min: 60, max: 21600 }),
  'Qualifier': pool(fc.constantFrom('$LATEST', 'live', '1', 'bad qualifier!', '')),
  'DestinationConfig.OnSuccess.Destination': pool(destinationArn),
  'DestinationConfig.OnFailure.Destination': pool(destinationArn),
});

export const urlOverrides: fc.Arbitrary<Overrides> = overrides({
  'AuthType': pool(fc.constantFrom('NONE', 'AWS_IAM', 'Bogus')),
  'Qualifier': pool(fc.constantFrom('live', '$LATEST', '1', 'bad qualifier!')),
  'InvokeMode': pool(fc.constantFrom('BUFFERED', 'RESPONSE_STREAM', 'STREAM')),
  'Cors.MaxAge': integerPool([-1, 0, 86400, 86401], { min: 0, max: 90000 }),
  'Cors.AllowMethods': pool(fc.constantFrom<unknown>(['GET'], ['GET', 'POST'], ['OPTIONS'], ['get'], [], ['*'],
    ['GET', 'PUT', 'HEAD', 'POST', 'PATCH', 'DELETE', '*'])),
  'Cors.AllowOrigins': pool(fc.oneof(
    fc.integer({ min: 0, max: 101 }).map(n => Array.from({ length: n }, (_, i) => `https://site${i}.example.com`)),
    fc.constantFrom<unknown>(['*'], ['a'.repeat(254)]),
  )),
  'Cors.AllowHeaders': pool(fc.constantFrom<unknown>(['content-type'], [], ['h'.repeat(1025)],
    Array.from({ length: 101 }, (_, i) => `x-h${i}`))),
  'Cors.AllowCredentials': pool(fc.boolean()),
});

export const oracleAppSpec: fc.Arbitrary<OracleAppSpec> = fc.record({
  fn: functionOverrides,
  version: fc.option(versionOverrides, { nil: undefined }),
  alias: fc.option(aliasOverrides, { nil: undefined }),
  mapping: fc.option(mappingOverrides, { nil: undefined }),
  invokeConfig: fc.option(invokeConfigOverrides, { nil: undefined }),
  url: fc.option(urlOverrides, { nil: undefined }),
  queue: fc.record({
    fifo: fc.boolean(),
    visibilityTimeout: fc.option(fc.constantFrom(0, 5, 30, 900, 43200), { nil: undefined }),
  }, { requiredKeys: ['fifo'] }),
}, { requiredKeys: ['fn', 'queue'] });
