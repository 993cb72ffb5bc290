import * as iam from 'aws-cdk-lib/aws-iam';
import { ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.Iam.ManagedPolicySize';

/** A policy document of exactly `size` characters without whitespace. */
function documentOfSize(size: number) {
  const skeleton = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/' }] };
  const base = JSON.stringify(skeleton).length;
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::b/${'k'.repeat(size - base)}` }] };
}

describe(RULE, () => {
  test.each([[6_144, false], [6_145, true]])('a document of %d characters fails: %s', (size, fails) => {
    const { app, stack } = limitsApp();
    new iam.CfnManagedPolicy(stack, 'Policy', { policyDocument: documentOfSize(size) });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('whitespace is not counted', () => {
    const { app, stack } = limitsApp();
    const document = documentOfSize(6_000);
    document.Statement[0].Action = `s3:GetObject${' '.repeat(500)}`;
    new iam.CfnManagedPolicy(stack, 'Policy', { policyDocument: document });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });

  test('catches an L2 ManagedPolicy with many literal statements, with the message', () => {
    const { app, stack } = limitsApp();
    new iam.ManagedPolicy(stack, 'Policy', {
      statements: Array.from({ length: 80 }, (_, i) => new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [`arn:aws:s3:::bucket-number-${i}/*`] })),
    });
    expect(ruleErrors(app, RULE)).toEqual([
      expect.stringMatching(/Stack\/Policy\/Resource: `PolicyDocument` must be at most 6,144 characters .*, got: '\d,\d{3} characters'/),
    ]);
  });

  test('does not flag a document with tokens', () => {
    const { app, stack } = limitsApp();
    const document = documentOfSize(7_000) as any;
    document.Statement.push({ Effect: 'Allow', Action: 's3:*', Resource: { 'Fn::GetAtt': ['B', 'Arn'] } });
    new iam.CfnManagedPolicy(stack, 'Policy', { policyDocument: document });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
