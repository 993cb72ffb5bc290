import * as iam from 'aws-cdk-lib/aws-iam';
import { ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.Iam.RoleInlinePolicySize';
const TRUST = { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }] };

/** A policy document of exactly `size` characters without whitespace. */
function documentOfSize(size: number) {
  const base = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '' }] }).length;
  return { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'k'.repeat(size - base) }] };
}

describe(RULE, () => {
  test.each([[10_240, false], [10_241, true]])('inline policies totalling %d characters fail: %s', (total, fails) => {
    const { app, stack } = limitsApp();
    new iam.CfnRole(stack, 'Role', {
      assumeRolePolicyDocument: TRUST,
      policies: [{ policyName: 'a', policyDocument: documentOfSize(5_000) }, { policyName: 'b', policyDocument: documentOfSize(total - 5_000) }],
    });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('counts AWS::IAM::Policy resources attached by reference, with the message', () => {
    const { app, stack } = limitsApp();
    const role = new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: TRUST, policies: [{ policyName: 'a', policyDocument: documentOfSize(6_000) }] });
    new iam.CfnPolicy(stack, 'Extra', { policyName: 'extra', roles: [role.ref], policyDocument: documentOfSize(5_000) });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      "Stack/Role: `Policies` must be at most 10,240 characters without whitespace for all inline policies of the role together, got: '11,000 characters in 2 inline policies'.",
    )]);
  });

  test('catches an L2 Role with large inlinePolicies (which aws-cdk-lib does not split)', () => {
    const { app, stack } = limitsApp();
    const statements = (prefix: string) => Array.from({ length: 60 }, (_, i) => new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [`arn:aws:s3:::${prefix}-${i}/*`] }));
    new iam.Role(stack, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      inlinePolicies: { a: new iam.PolicyDocument({ statements: statements('first-bucket-name') }), b: new iam.PolicyDocument({ statements: statements('second-bucket-name') }) },
    });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('[Stack/Role/Resource] [LambdaKit.Iam.RoleInlinePolicySize]')]);
  });

  test('documents with tokens are not counted', () => {
    const { app, stack } = limitsApp();
    const unknown = documentOfSize(6_000) as any;
    unknown.Statement[0].Resource = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::', 'k'.repeat(6_000)]] };
    new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: TRUST, policies: [{ policyName: 'a', policyDocument: documentOfSize(6_000) }, { policyName: 'b', policyDocument: unknown }] });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
