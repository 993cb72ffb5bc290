import { policySize } from '../../../lib/validation/rules/iam-lookups';

describe('policySize', () => {
  const statement = {
    Effect: 'Allow',
    Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'],
    Resource: 'arn:aws:sqs:us-east-1:123456789012:jobs',
    Condition: { Bool: { 'aws:SecureTransport': 'true' } },
  };

  test('counts the characters of a known document without whitespace, a statement Condition included', () => {
    const document = { Version: '2012-10-17', Statement: [{ ...statement, Sid: 'Read the jobs queue' }] };
    // The Sid's three spaces are not counted.
    expect(policySize(document)).toBe(JSON.stringify(document).length - 3);
  });

  test.each([
    ['a Ref', { Version: '2012-10-17', Statement: [{ ...statement, Resource: { Ref: 'Queue' } }] }],
    ['a Fn::GetAtt deep in a list', { Statement: [{ ...statement, Resource: ['arn:x', { 'Fn::GetAtt': ['Queue', 'Arn'] }] }] }],
    ['a Fn::Join', { Statement: [{ ...statement, Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sqs']] } }] }],
    ['a Condition function', { Statement: [{ ...statement, Resource: { 'Fn::If': ['IsProd', 'a', 'b'] } }, { Condition: 'IsProd' }] }],
  ])('is undefined for a document with %s (not fully known at synth)', (_name, document) => {
    expect(policySize(document)).toBeUndefined();
  });

  test('counts a string that spells an intrinsic: it is text, not a function', () => {
    const document = { Statement: [{ ...statement, Sid: '{"Ref":"Queue"}' }] };
    expect(policySize(document)).toBe(JSON.stringify(document).length);
  });

  test.each([[undefined], [null], ['a string'], [42]])('is undefined for %p, which is no document', value => {
    expect(policySize(value)).toBeUndefined();
  });
});

test('policySize counts an object whose first key is Ref among others, which is no intrinsic function', () => {
  const document = { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { Ref: 'a', Other: 'b' } } }] };
  expect(policySize(document)).toBe(JSON.stringify(document).length);
});
