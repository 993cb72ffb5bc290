import { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.VpcRolePermissions';
const TRUST = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const IN_VPC = { Role: { 'Fn::GetAtt': ['Role', 'Arn'] }, VpcConfig: { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] } };
const allow = (action: unknown) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
const managed = (name: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::aws:policy/service-role/${name}`]] });

function role(props: Record<string, unknown> = {}, extra?: (stack: Stack) => void) {
  return (stack: Stack) => {
    const cfnRole = new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: TRUST });
    cfnRole.overrideLogicalId('Role');
    for (const [key, value] of Object.entries(props)) cfnRole.addPropertyOverride(key, value);
    extra?.(stack);
  };
}

describe(RULE, () => {
  test.each([
    ['no policies', role(), true],
    ['AWSLambdaBasicExecutionRole only', role({ ManagedPolicyArns: [managed('AWSLambdaBasicExecutionRole')] }), true],
    ['AWSLambdaVPCAccessExecutionRole', role({ ManagedPolicyArns: [managed('AWSLambdaVPCAccessExecutionRole')] }), false],
    ['an unknown customer managed policy', role({ ManagedPolicyArns: ['arn:aws:iam::123456789012:policy/mine'] }), false],
    ['an inline ec2:CreateNetworkInterface', role({ Policies: [{ PolicyName: 'eni', PolicyDocument: allow(['ec2:CreateNetworkInterface']) }] }), false],
    ['an inline ec2:Create*', role({ Policies: [{ PolicyName: 'eni', PolicyDocument: allow('ec2:Create*') }] }), false],
    ['an inline s3 policy', role({ Policies: [{ PolicyName: 's3', PolicyDocument: allow('s3:GetObject') }] }), true],
    ['an AWS::IAM::Policy with ec2:*', role({}, stack => new iam.CfnPolicy(stack, 'P', { policyName: 'p', policyDocument: allow('ec2:*') })
      .addPropertyOverride('Roles', [{ Ref: 'Role' }])), false],
    ['an AWS::IAM::ManagedPolicy with *', role({}, stack => new iam.CfnManagedPolicy(stack, 'P', { policyDocument: allow('*') })
      .addPropertyOverride('Roles', [{ Ref: 'Role' }])), false],
    ['an AWS::IAM::Policy of another role', role({}, stack => new iam.CfnPolicy(stack, 'P', { policyName: 'p', policyDocument: allow('ec2:*') })
      .addPropertyOverride('Roles', ['other-role'])), true],
    ['an unresolved inline document', role({ Policies: [{ PolicyName: 'x', PolicyDocument: { 'Fn::If': ['C', allow('s3:*'), allow('ec2:*')] } }] }), false],
  ])('a VPC function whose role has %s', (_name, setup, fails) => {
    expect(findingsFor(RULE, IN_VPC, { setup })).toHaveLength(fails ? 1 : 0);
  });

  test('a function outside a VPC needs no ENI permissions', () => {
    expect(findingsFor(RULE, { Role: IN_VPC.Role }, { setup: role() })).toEqual([]);
  });

  test('catches an aws-cdk-lib Function in a VPC given an immutable in-app role', () => {
    const { app, stack } = limitsApp();
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 1 });
    const own = new iam.Role(stack, 'Own', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
    });
    l2Function(stack, 'InVpc', { vpc, role: iam.Role.fromRoleArn(stack, 'Immutable', own.roleArn, { mutable: false }) });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/InVpc/Resource: \`Role\` must be a role that allows ec2:CreateNetworkInterface when the function is in a VPC, got: 'Stack/Own/Resource'.`,
    )]);
  });

  test('the role aws-cdk-lib creates for a VPC function is fine', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'InVpc', { vpc: new ec2.Vpc(stack, 'Vpc', { natGateways: 1 }) });
    expect(ruleFindings(app, RULE)).toEqual([]);
  });
});
