import * as iam from 'aws-cdk-lib/aws-iam';
import { ruleErrors, ruleWarnings } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.Iam.TrustPolicySize';

/** A trust policy of exactly `size` characters without whitespace, trusting accounts. */
function trustOfSize(size: number) {
  const base = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: '' } }] }).length;
  return { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: 'a'.repeat(size - base) } }] };
}

describe(RULE, () => {
  test.each([[2_048, false], [2_049, true]])('%d characters warn: %s', (size, warns) => {
    const { app, stack } = limitsApp();
    new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: trustOfSize(size) });
    expect(ruleWarnings(app, RULE).length).toBe(warns ? 1 : 0);
  });

  test('an L2 Role trusting many accounts renders partition tokens: unknown, not flagged', () => {
    const { app, stack } = limitsApp();
    const accounts = Array.from({ length: 60 }, (_, i) => new iam.AccountPrincipal(String(100000000000 + i)));
    new iam.Role(stack, 'Role', { assumedBy: new iam.CompositePrincipal(...accounts) });
    expect(ruleErrors(app, RULE)).toEqual([]);
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });

  test('catches an L2 Role whose trust policy is fully known, as a warning with the message', () => {
    const { app, stack } = limitsApp();
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    // The override merges into the L2's document, which adds its "Version":"2012-10-17" (23 characters).
    (role.node.defaultChild as iam.CfnRole).addPropertyOverride('AssumeRolePolicyDocument', trustOfSize(3_000));
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining("Stack/Role/Resource: `AssumeRolePolicyDocument` must be at most 2,048 characters without whitespace (the default quota), got: '3,023 characters'.")]);
  });

  test('does not flag a document with tokens', () => {
    const { app, stack } = limitsApp();
    const document = trustOfSize(3_000) as any;
    document.Statement[0].Principal = { AWS: { 'Fn::Join': ['', ['x'.repeat(3_000), { Ref: 'A' }]] } };
    new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: document });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
