import { VPC_DOC } from '../limits';
import type { LambdaModel, ModelResource } from '../model';
import { Severity } from '../rule';
import { arrayValue, booleanValue, pathValue } from '../values';
import { functionRule } from './function-lookups';

/**
 * Ipv6AllowedForDualStack needs VPC subnets, and dual-stack ones (fn-vpc-ipv6-dualstack). Whether Lambda rejects the
 * flag on IPv4-only subnets or silently ignores it is UNVERIFIED: a warning.
 */
export const functionVpcIpv6 = functionRule({
  id: 'LambdaKit.Function.VpcIpv6',
  severity: Severity.WARNING,
  constraint: 'VpcConfig.Ipv6AllowedForDualStack is set only with dual-stack subnets (UNVERIFIED whether Lambda rejects it or ignores it otherwise).',
  source: VPC_DOC,
  requires: ['VpcConfig'],
  check(fn, { model }) {
    const allowed = booleanValue(pathValue(fn.properties, 'VpcConfig.Ipv6AllowedForDualStack'));
    if (allowed !== true) return undefined;
    const subnetsValue = pathValue(fn.properties, 'VpcConfig.SubnetIds');
    const subnets = subnetsValue === undefined ? [] : arrayValue(subnetsValue);
    if (!subnets) return undefined;
    const ipv4Only = subnets.length > 0 && subnets.every(subnet => isIpv4OnlySubnet(model, fn, subnet));
    if (subnets.length > 0 && !ipv4Only) return undefined;
    return {
      property: 'VpcConfig.Ipv6AllowedForDualStack',
      value: true,
      limit: subnets.length === 0 ? 'false without VPC subnets' : 'false with IPv4-only subnets',
      fix: 'Place the function in dual-stack subnets (with an IPv6 CIDR block), or remove ipv6AllowedForDualStack.',
    };
  },
});

function isIpv4OnlySubnet(model: LambdaModel, fn: ModelResource, value: unknown): boolean {
  const subnet = model.referenced(fn, value);
  if (subnet?.type !== 'AWS::EC2::Subnet') return false;
  const properties = subnet.properties;
  return properties.Ipv6CidrBlock === undefined && properties.Ipv6Native === undefined && properties.Ipv6IpamPoolId === undefined
    && properties.AssignIpv6AddressOnCreation === undefined;
}
