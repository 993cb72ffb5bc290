import * as iam from 'aws-cdk-lib/aws-iam';
import { ruleErrors, ruleWarnings } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.Iam.ManagedPoliciesPerRole';
const TRUST = { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }] };
const arns = (count: number) => Array.from({ length: count }, (_, i) => `arn:aws:iam::123456789012:policy/p${i}`);

describe(RULE, () => {
  test.each([[10, 'none'], [11, 'warning'], [20, 'warning'], [21, 'error']])('%d policies: %s', (count, outcome) => {
    const { app, stack } = limitsApp();
    new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: TRUST, managedPolicyArns: arns(count) });
    expect(ruleErrors(app, RULE).length).toBe(outcome === 'error' ? 1 : 0);
    if (outcome !== 'error') expect(ruleWarnings(app, RULE).length).toBe(outcome === 'warning' ? 1 : 0);
  });

  test('counts managed policies that name the role, through L2s, with the message', () => {
    const { app, stack } = limitsApp();
    const role = new iam.Role(stack, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: arns(19).map(arn => iam.ManagedPolicy.fromManagedPolicyArn(stack, arn, arn)),
    });
    for (let i = 0; i < 2; i++) {
      new iam.ManagedPolicy(stack, `Extra${i}`, { roles: [role], statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })] });
    }
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining("Stack/Role/Resource: `ManagedPolicyArns` must be at most 20 managed policies (the most a quota increase allows), got: '21 managed policies'.")]);
  });

  test('does not flag a token list', () => {
    const { app, stack } = limitsApp();
    new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: TRUST }).addPropertyOverride('ManagedPolicyArns', { Ref: 'Arns' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
