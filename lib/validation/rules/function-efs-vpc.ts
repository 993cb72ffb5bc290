import { EFS_DOC } from '../limits';
import { Severity } from '../rule';
import { arrayValue, objectValue, pathValue } from '../values';
import { functionRule } from './function-lookups';

/** An EFS file system is reached through the VPC: FileSystemConfigs needs VpcConfig with subnets (fn-efs-requires-vpc). */
export const functionEfsVpc = functionRule({
  id: 'LambdaKit.Function.EfsVpc',
  severity: Severity.ERROR,
  constraint: 'A function with FileSystemConfigs is connected to a VPC (VpcConfig with SubnetIds).',
  source: EFS_DOC,
  requires: ['FileSystemConfigs'],
  check(fn) {
    const configs = arrayValue(fn.properties.FileSystemConfigs);
    if (!configs || configs.length === 0) return undefined;
    const vpc = fn.properties.VpcConfig;
    if (vpc !== undefined && objectValue(vpc) === undefined) return undefined;
    const subnets = pathValue(fn.properties, 'VpcConfig.SubnetIds');
    if (subnets !== undefined && arrayValue(subnets)?.length !== 0) return undefined;
    return {
      property: 'VpcConfig',
      value: vpc ?? '(absent)',
      limit: 'set with the subnets of the file system\'s mount targets when FileSystemConfigs is set',
      fix: 'Place the function in the VPC of the file system (vpc and vpcSubnets), in subnets that have mount targets.',
    };
  },
});
