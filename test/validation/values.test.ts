import { formatNumber, isKnown, pathValue } from '../../lib/validation/values';

describe('formatNumber', () => {
  test.each([0, 7, 999, 1000, 4096, 10240, 65536, 1000000, -1, -1000, -123456789, 900719925474099, Number.MAX_SAFE_INTEGER])(
    'groups the whole number %d as en-US does', value => {
      expect(formatNumber(value)).toBe(value.toLocaleString('en-US'));
    });

  test('groups thousands with commas', () => {
    expect(formatNumber(10240)).toBe('10,240');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(-1000)).toBe('-1,000');
    expect(formatNumber(999)).toBe('999');
  });

  test.each([
    [1.5, '1.5'], [1234.5678, '1,234.568'], [-0.25, '-0.25'], [2 ** 60, '1,152,921,504,606,847,000'], [Infinity, '∞'], [NaN, 'NaN'],
  ])('formats %d, which is no safe whole number, as en-US does: %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  test('writes -0 as 0', () => {
    expect(formatNumber(-0)).toBe('0');
  });
});

describe('pathValue', () => {
  const properties = {
    Handler: 'index.handler',
    Environment: { Variables: { A: '1' } },
    VpcConfig: { Ref: 'Vpc' },
    Layers: ['arn:one'],
    Empty: null,
  };

  test('reads top-level and dotted paths', () => {
    expect(pathValue(properties, 'Handler')).toBe('index.handler');
    expect(pathValue(properties, 'Environment.Variables')).toEqual({ A: '1' });
    expect(pathValue(properties, 'Environment.Variables.A')).toBe('1');
  });

  test('gives undefined for what is missing, and never reads through an intrinsic, a list, null or a literal', () => {
    expect(pathValue(properties, 'Timeout')).toBeUndefined();
    expect(pathValue(properties, 'Environment.Missing.Deeper')).toBeUndefined();
    expect(pathValue(properties, 'VpcConfig.SubnetIds')).toBeUndefined();
    expect(pathValue(properties, 'Layers.0')).toBeUndefined();
    expect(pathValue(properties, 'Empty.Anything')).toBeUndefined();
    expect(pathValue(properties, 'Handler.length')).toBeUndefined();
  });

  test('returns an intrinsic found at the end of the path as it is, for the readers to refuse', () => {
    expect(pathValue(properties, 'VpcConfig')).toEqual({ Ref: 'Vpc' });
  });

  test.each(['VpcConfig.Ref', 'Fn::GetAtt', 'Code.Condition'])('refuses %s, a path through the key of an intrinsic function (a bug of ours)', path => {
    expect(() => pathValue(properties, path)).toThrow(/would read an intrinsic function's argument as a value/);
  });
});

describe('isKnown', () => {
  test.each([
    ['a string', 'x'], ['a number', 1], ['false', false], ['null', null], ['an empty object', {}], ['an empty list', []],
    ['a nested literal', { Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Condition: { Bool: { 'aws:SecureTransport': 'true' } } }] }],
    ['an object with a Ref key among others', { Ref: 'x', Other: 1 }],
    ['an object whose undefined values JSON leaves out', { A: 'x', B: undefined }],
  ])('%s is known', (_name, value) => {
    expect(isKnown(value)).toBe(true);
  });

  test.each([
    ['undefined', undefined], ['a Ref', { Ref: 'X' }], ['a Fn::GetAtt', { 'Fn::GetAtt': ['X', 'Arn'] }], ['a Condition', { Condition: 'IsProd' }],
    ['an intrinsic deep in an object', { Statement: [{ Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }]] } }] }],
    ['an intrinsic in a list', ['a', { Ref: 'X' }]],
    ['a list with an undefined item', ['a', undefined]],
  ])('%s is not known', (_name, value) => {
    expect(isKnown(value)).toBe(false);
  });
});
