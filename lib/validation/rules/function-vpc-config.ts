import { CFN_FUNCTION_DOC, VPC_SECURITY_GROUPS_MAX, VPC_SUBNETS_MAX } from '../limits';
import { Severity } from '../rule';
import { arrayValue, pathValue } from '../values';
import { FunctionFinding, functionRule } from './function-lookups';

/**
 * VpcConfig: at most 16 subnets and 5 security groups, and subnets and security groups both given or both empty
 * (fn-vpc-subnets-max, fn-vpc-sg-max, fn-vpc-coexist).
 */
export const functionVpcConfig = functionRule({
  id: 'LambdaKit.Function.VpcConfig',
  severity: Severity.ERROR,
  constraint: `VpcConfig has at most ${VPC_SUBNETS_MAX} SubnetIds and ${VPC_SECURITY_GROUPS_MAX} SecurityGroupIds, and both lists are non-empty or both empty.`,
  source: CFN_FUNCTION_DOC,
  requires: ['VpcConfig'],
  check(fn) {
    const subnetsValue = pathValue(fn.properties, 'VpcConfig.SubnetIds');
    const groupsValue = pathValue(fn.properties, 'VpcConfig.SecurityGroupIds');
    const subnets = subnetsValue === undefined ? [] : arrayValue(subnetsValue);
    const groups = groupsValue === undefined ? [] : arrayValue(groupsValue);
    const findings: FunctionFinding[] = [];
    if (subnets && subnets.length > VPC_SUBNETS_MAX) {
      findings.push({ property: 'VpcConfig.SubnetIds', value: `${subnets.length} subnets`, limit: `at most ${VPC_SUBNETS_MAX} subnets`, fix: 'Select fewer subnets (one or two per Availability Zone is enough).' });
    }
    if (groups && groups.length > VPC_SECURITY_GROUPS_MAX) {
      findings.push({
        property: 'VpcConfig.SecurityGroupIds',
        value: `${groups.length} security groups`,
        limit: `at most ${VPC_SECURITY_GROUPS_MAX} security groups`,
        fix: 'Merge the rules into fewer security groups.',
      });
    }
    if (subnets && groups && (subnets.length === 0) !== (groups.length === 0)) {
      const missing = subnets.length === 0 ? 'SubnetIds' : 'SecurityGroupIds';
      findings.push({
        property: `VpcConfig.${missing}`,
        value: subnets.length === 0 ? subnetsValue ?? '(absent)' : groupsValue ?? '(absent)',
        limit: `non-empty when VpcConfig.${missing === 'SubnetIds' ? 'SecurityGroupIds' : 'SubnetIds'} is`,
        fix: 'Give both subnets and security groups to connect the function to the VPC, or neither to disconnect it.',
      });
    }
    return findings;
  },
});
