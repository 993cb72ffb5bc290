import * as iam from 'aws-cdk-lib/aws-iam';
import { ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.Iam.RoleName';
const TRUST = { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }] };

describe(RULE, () => {
  test.each([['fn-role_1+=,.@', false], ['r'.repeat(64), false], ['r'.repeat(65), true], ['my role', true], ['role/x', true]])('%j fails: %s', (roleName, fails) => {
    const { app, stack } = limitsApp();
    new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: TRUST, roleName });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an override of an L2 Role, with the message', () => {
    const { app, stack } = limitsApp();
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    (role.node.defaultChild as iam.CfnRole).addPropertyOverride('RoleName', 'my role');
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining("Stack/Role/Resource: `RoleName` must be 1 to 64 characters of letters, digits and _+=,.@-, got: 'my role'.")]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: TRUST }).addPropertyOverride('RoleName', { 'Fn::Sub': '${AWS::StackName} role' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
