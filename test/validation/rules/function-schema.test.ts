import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';

const SCHEMA = 'LambdaKit.Function.Schema';
const BUCKET = 'LambdaKit.Function.CodeBucket';

describe(SCHEMA, () => {
  test.each([
    ['MemorySize', 'g4', 'a number'],
    ['Timeout', 'm__', 'a number'],
    ['ReservedConcurrentExecutions', '', 'a whole number'],
    ['Architectures', 'r', 'a list'],
    ['Layers', '', 'a list'],
    ['VpcConfig', '!', 'an object'],
    ['LoggingConfig', '.C', 'an object'],
    ['EphemeralStorage.Size', '"', 'a whole number'],
  ])('fails when %s is %j (not %s)', (property, value, type) => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'Fn').addPropertyOverride(property, value);
    const line = synthErrors(app).find(e => e.includes(`[${SCHEMA}]`));
    expect(line).toContain(`\`${property}\` must be ${type}`);
  });

  test.each([
    ['MemorySize', '512'],
    ['Timeout', 30],
    ['Architectures', ['arm64']],
    ['EphemeralStorage.Size', 1024],
  ])('accepts %s = %j (CloudFormation coerces numbers written as strings)', (property, value) => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'Fn').addPropertyOverride(property, value);
    expect(errorRuleIds(app)).not.toContain(SCHEMA);
  });

  test('fails for an unknown property and for a missing Role', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    fn.addPropertyOverride('MemorySise', 512);
    fn.addPropertyDeletionOverride('Role');
    const text = synthErrors(app).join('\n');
    expect(text).toContain('`MemorySise` must be absent');
    expect(text).toContain('`Role` must be present');
  });

  test('does not fail when values are tokens', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    fn.addPropertyOverride('MemorySize', { Ref: 'Memory' });
    fn.addPropertyOverride('Layers', { 'Fn::Split': [',', { Ref: 'Layers' }] });
    expect(errorRuleIds(app)).not.toContain(SCHEMA);
  });
});

describe(BUCKET, () => {
  test.each([['ab', true], ['abc', false], ['b'.repeat(63), false], ['b'.repeat(64), true]])('bucket %j fails: %s', (bucket, fails) => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'Fn', { code: { s3Bucket: bucket as string, s3Key: 'code.zip' } });
    expect(errorRuleIds(app).includes(BUCKET)).toBe(fails);
  });

  test('does not fail for a token bucket', () => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'Fn', { code: { s3Bucket: { Ref: 'Bucket' } as any, s3Key: 'code.zip' } });
    expect(errorRuleIds(app)).not.toContain(BUCKET);
  });
});
