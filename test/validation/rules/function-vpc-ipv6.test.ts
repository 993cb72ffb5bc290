import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Stack } from 'aws-cdk-lib';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.VpcIpv6';

function subnet(ipv6: boolean) {
  return (stack: Stack) => new ec2.CfnSubnet(stack, 'Subnet', {
    vpcId: 'vpc-1', cidrBlock: '10.0.0.0/24', ...(ipv6 ? { ipv6CidrBlock: '2001:db8::/64' } : {}),
  }).overrideLogicalId('Subnet');
}

describe(RULE, () => {
  test.each([
    ['no subnets', { SecurityGroupIds: [] }, undefined, true],
    ['an IPv4-only in-app subnet', { SubnetIds: [{ Ref: 'Subnet' }], SecurityGroupIds: ['sg-1'] }, subnet(false), true],
    ['a dual-stack in-app subnet', { SubnetIds: [{ Ref: 'Subnet' }], SecurityGroupIds: ['sg-1'] }, subnet(true), false],
    ['an imported subnet id', { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] }, undefined, false],
    ['unresolved subnets', { SubnetIds: { Ref: 'Subnets' }, SecurityGroupIds: ['sg-1'] }, undefined, false],
  ])('Ipv6AllowedForDualStack with %s warns: %p', (_name, vpcConfig, setup, warns) => {
    expect(findingsFor(RULE, { VpcConfig: { ...vpcConfig, Ipv6AllowedForDualStack: true } }, { setup })).toHaveLength(warns ? 1 : 0);
  });

  test('false is always fine', () => {
    expect(findingsFor(RULE, { VpcConfig: { SubnetIds: [], SecurityGroupIds: [], Ipv6AllowedForDualStack: false } })).toEqual([]);
  });

  test('warns on an aws-cdk-lib Function in an IPv4-only Vpc', () => {
    const { app, stack } = limitsApp();
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 1 });
    l2Function(stack, 'Dual', { vpc, ipv6AllowedForDualStack: true });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Dual/Resource: \`VpcConfig.Ipv6AllowedForDualStack\` must be false with IPv4-only subnets, got: true.`,
    )]);
  });

  test('says nothing for a dual-stack aws-cdk-lib Vpc', () => {
    const { app, stack } = limitsApp();
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 1, ipProtocol: ec2.IpProtocol.DUAL_STACK });
    l2Function(stack, 'Dual', { vpc, ipv6AllowedForDualStack: true });
    expect(ruleFindings(app, RULE)).toEqual([]);
  });
});
