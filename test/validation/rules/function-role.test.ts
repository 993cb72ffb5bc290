import * as iam from 'aws-cdk-lib/aws-iam';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { Stack } from 'aws-cdk-lib';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const ARN_RULE = 'LambdaKit.Function.RoleArn';
const TRUST_RULE = 'LambdaKit.Function.RoleTrust';

describe(ARN_RULE, () => {
  test.each([
    ['arn:aws:iam::123456789012:role/fn-role', false], ['arn:aws:iam::123456789012:role/service-role/fn', false],
    ['arn:aws-cn:iam::123456789012:role/fn', false], ['fn-role', true], ['arn:aws:iam::123456789012:user/me', true],
  ])('Role %p fails: %p', (role, fails) => {
    expect(findingsFor(ARN_RULE, { Role: role })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Named');
    (fn.node.defaultChild as CfnFunction).addPropertyOverride('Role', 'my-role');
    expect(ruleFindings(app, ARN_RULE)).toEqual([expect.stringContaining(
      `[${ARN_RULE}] Stack/Named/Resource: \`Role\` must be an IAM role ARN such as arn:aws:iam::123456789012:role/my-function-role, got: 'my-role'.`,
    )]);
  });

  test('does not flag a GetAtt', () => {
    expect(findingsFor(ARN_RULE, { Role: { 'Fn::GetAtt': ['Role', 'Arn'] } })).toEqual([]);
  });
});

describe(TRUST_RULE, () => {
  const role = (document: unknown) => (stack: Stack) =>
    new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: document }).overrideLogicalId('Role');
  const trust = (principal: unknown, action: unknown = 'sts:AssumeRole', effect = 'Allow') =>
    ({ Version: '2012-10-17', Statement: [{ Effect: effect, Principal: principal, Action: action }] });

  test.each([
    ['lambda', trust({ Service: 'lambda.amazonaws.com' }), false],
    ['lambda among others', trust({ Service: ['edgelambda.amazonaws.com', 'lambda.amazonaws.com'] }), false],
    ['lambda with an action list', trust({ Service: 'lambda.amazonaws.com' }, ['sts:AssumeRole', 'sts:TagSession']), false],
    ['ec2 only', trust({ Service: 'ec2.amazonaws.com' }), true],
    ['lambda denied', trust({ Service: 'lambda.amazonaws.com' }, 'sts:AssumeRole', 'Deny'), true],
    ['lambda with another action', trust({ Service: 'lambda.amazonaws.com' }, 'sts:AssumeRoleWithWebIdentity'), true],
    ['an unresolved principal', trust({ Service: { 'Fn::Sub': 'lambda.${AWS::URLSuffix}' } }), false],
  ])('a role trusting %s fails: %p', (_name, document, fails) => {
    expect(findingsFor(TRUST_RULE, { Role: { 'Fn::GetAtt': ['Role', 'Arn'] } }, { setup: role(document) })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an aws-cdk-lib Function given a role for EC2', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Wrong', { role: new iam.Role(stack, 'Ec2Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') }) });
    expect(ruleFindings(app, TRUST_RULE)).toEqual([expect.stringContaining(
      `[${TRUST_RULE}] Stack/Wrong/Resource: \`Role\` must be a role lambda.amazonaws.com may assume, got: 'Stack/Ec2Role/Resource'.`,
    )]);
  });

  test('the role aws-cdk-lib creates is fine', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Default');
    expect(ruleFindings(app, TRUST_RULE)).toEqual([]);
  });
});
