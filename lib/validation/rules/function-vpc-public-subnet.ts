import { VPC_DOC } from '../limits';
import type { LambdaModel, ModelResource } from '../model';
import { Severity } from '../rule';
import { arrayValue, pathValue } from '../values';
import { functionRule, listNames } from './function-lookups';

/**
 * A VPC function in a public subnet (one routed to an internet gateway) gets no public IP, so it cannot reach the
 * internet from there (fn-vpc-public-subnet): deployments succeed, calls out time out. Only in-app subnets are judged.
 */
export const functionVpcPublicSubnet = functionRule({
  id: 'LambdaKit.Function.VpcPublicSubnet',
  severity: Severity.WARNING,
  constraint: 'A VPC function is placed in private subnets: in a public subnet (default route to an internet gateway) it has no internet access.',
  source: VPC_DOC,
  requires: ['VpcConfig'],
  check(fn, { model }) {
    const subnets = arrayValue(pathValue(fn.properties, 'VpcConfig.SubnetIds')) ?? [];
    const publicSubnets = subnets.map(value => model.referenced(fn, value))
      .filter((subnet): subnet is ModelResource => subnet?.type === 'AWS::EC2::Subnet' && routesToInternetGateway(model, subnet));
    if (publicSubnets.length === 0) return undefined;
    return {
      property: 'VpcConfig.SubnetIds',
      value: publicSubnets.map(subnet => subnet.path),
      limit: `private subnets (${listNames(publicSubnets.map(subnet => subnet.path))} ${publicSubnets.length === 1 ? 'routes' : 'route'} to an internet gateway)`,
      fix: 'Select private subnets with a NAT gateway or VPC endpoints (vpcSubnets: { subnetType: SubnetType.PRIVATE_WITH_EGRESS }).',
    };
  },
});

function routesToInternetGateway(model: LambdaModel, subnet: ModelResource): boolean {
  const tables = model.ofType('AWS::EC2::SubnetRouteTableAssociation')
    .filter(association => association.stack === subnet.stack && model.referenced(association, association.properties.SubnetId) === subnet)
    .map(association => model.referenced(association, association.properties.RouteTableId))
    .filter((table): table is ModelResource => table !== undefined);
  return model.ofType('AWS::EC2::Route').some(route =>
    route.stack === subnet.stack
    && tables.includes(model.referenced(route, route.properties.RouteTableId) as ModelResource)
    && route.properties.DestinationCidrBlock === '0.0.0.0/0'
    && model.referenced(route, route.properties.GatewayId)?.type === 'AWS::EC2::InternetGateway');
}
