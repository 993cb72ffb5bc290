import { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.VpcPublicSubnet';

/** A subnet whose route table sends 0.0.0.0/0 to `target` ('igw', 'nat' or none). */
function subnetRoutedTo(target?: 'igw' | 'nat', destination = '0.0.0.0/0') {
  return (stack: Stack) => {
    new ec2.CfnSubnet(stack, 'Subnet', { vpcId: 'vpc-1' }).overrideLogicalId('Subnet');
    new ec2.CfnRouteTable(stack, 'Table', { vpcId: 'vpc-1' }).overrideLogicalId('Table');
    new ec2.CfnSubnetRouteTableAssociation(stack, 'Association', { subnetId: 'x', routeTableId: 'x' })
      .addPropertyOverride('SubnetId', { Ref: 'Subnet' });
    (stack.node.findChild('Association') as ec2.CfnSubnetRouteTableAssociation).addPropertyOverride('RouteTableId', { Ref: 'Table' });
    if (!target) return;
    new ec2.CfnInternetGateway(stack, 'Igw').overrideLogicalId('Igw');
    const route = new ec2.CfnRoute(stack, 'Route', { routeTableId: 'x', destinationCidrBlock: destination });
    route.addPropertyOverride('RouteTableId', { Ref: 'Table' });
    route.addPropertyOverride(target === 'igw' ? 'GatewayId' : 'NatGatewayId', target === 'igw' ? { Ref: 'Igw' } : 'nat-1');
  };
}

describe(RULE, () => {
  test.each([
    ['an internet gateway', subnetRoutedTo('igw'), true],
    ['a NAT gateway', subnetRoutedTo('nat'), false],
    ['no default route', subnetRoutedTo(), false],
    ['an internet gateway for one range only', subnetRoutedTo('igw', '10.1.0.0/16'), false],
  ])('a subnet routed to %s warns: %p', (_name, setup, warns) => {
    expect(findingsFor(RULE, { VpcConfig: { SubnetIds: [{ Ref: 'Subnet' }], SecurityGroupIds: ['sg-1'] } }, { setup })).toHaveLength(warns ? 1 : 0);
  });

  test('imported subnet ids are not judged', () => {
    expect(findingsFor(RULE, { VpcConfig: { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] } })).toEqual([]);
  });

  test('warns on an aws-cdk-lib Function placed in public subnets with allowPublicSubnet', () => {
    const { app, stack } = limitsApp();
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0, maxAzs: 1, subnetConfiguration: [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC }] });
    l2Function(stack, 'Exposed', { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, allowPublicSubnet: true });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Exposed/Resource: \`VpcConfig.SubnetIds\` must be private subnets (Stack/Vpc/PublicSubnet1/Subnet routes to an internet gateway), got: ["Stack/Vpc/PublicSubnet1/Subnet"].`,
    )]);
  });

  test('says nothing for the private subnets aws-cdk-lib selects by default', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Private', { vpc: new ec2.Vpc(stack, 'Vpc', { natGateways: 1, maxAzs: 2 }) });
    expect(ruleFindings(app, RULE)).toEqual([]);
  });
});
