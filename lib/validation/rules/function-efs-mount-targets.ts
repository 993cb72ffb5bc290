/**
 * EFS mount targets of an in-app file system, seen from a function that mounts it (fn-efs-mount-targets):
 * the file system needs a mount target in every Availability Zone of the function's subnets, and the function must
 * be created after them (DependsOn), as the CloudFormation FileSystemConfigs documentation asks.
 */
import { EFS_DOC } from '../limits';
import type { LambdaModel, ModelResource } from '../model';
import { Severity } from '../rule';
import { arrayValue, objectValue, pathValue, stringValue } from '../values';
import { FunctionFinding, functionRule, listNames, referencedOfType } from './function-lookups';

interface MountedFileSystem {
  readonly fileSystem: ModelResource;
  readonly mountTargets: ModelResource[];
}

/** The in-app file systems the function mounts through in-app access points. */
function mountedFileSystems(model: LambdaModel, fn: ModelResource): MountedFileSystem[] {
  const mounted: MountedFileSystem[] = [];
  for (const config of arrayValue(fn.properties.FileSystemConfigs) ?? []) {
    const accessPoint = referencedOfType(model, fn, objectValue(config)?.Arn, 'AWS::EFS::AccessPoint');
    if (!accessPoint) continue;
    const fileSystem = model.referenced(accessPoint, accessPoint.properties.FileSystemId);
    if (fileSystem?.type !== 'AWS::EFS::FileSystem') continue;
    const mountTargets = model.ofType('AWS::EFS::MountTarget')
      .filter(target => target.stack === fileSystem.stack && model.referenced(target, target.properties.FileSystemId) === fileSystem);
    mounted.push({ fileSystem, mountTargets });
  }
  return mounted;
}

/** The literal Availability Zone of an in-app subnet, or `undefined`. */
function zoneOf(model: LambdaModel, from: ModelResource, subnet: unknown): string | undefined {
  const resource = model.referenced(from, subnet);
  return resource?.type === 'AWS::EC2::Subnet' ? stringValue(resource.properties.AvailabilityZone) : undefined;
}

/** Every Availability Zone of the function's subnets has a mount target of each file system it mounts. */
export const functionEfsMountTargetZones = functionRule({
  id: 'LambdaKit.Function.EfsMountTargetZones',
  severity: Severity.ERROR,
  constraint: 'An in-app EFS file system a function mounts has a mount target in every Availability Zone of the function\'s subnets.',
  source: EFS_DOC,
  requires: ['FileSystemConfigs'],
  check(fn, { model }) {
    const subnets = arrayValue(pathValue(fn.properties, 'VpcConfig.SubnetIds')) ?? [];
    const functionZones = subnets.map(subnet => zoneOf(model, fn, subnet));
    if (subnets.length === 0 || functionZones.some(zone => zone === undefined)) return undefined;
    return mountedFileSystems(model, fn).flatMap(({ fileSystem, mountTargets }): FunctionFinding[] => {
      const targetZones = mountTargets.map(target => zoneOf(model, target, target.properties.SubnetId));
      if (targetZones.some(zone => zone === undefined)) return [];
      const missing = [...new Set(functionZones as string[])].filter(zone => !targetZones.includes(zone)).sort();
      if (missing.length === 0) return [];
      return [{
        property: 'VpcConfig.SubnetIds',
        value: `subnets in ${listNames([...new Set(functionZones as string[])].sort())}`,
        limit: `in Availability Zones where ${fileSystem.path} has a mount target (none in ${listNames(missing)})`,
        fix: `Add mount targets of the file system in ${listNames(missing)} (or place the function only in subnets of zones that have one).`,
      }];
    });
  },
});

/** The function depends on the mount targets, so that it is not created before they are available. */
export const functionEfsMountTargetDependency = functionRule({
  id: 'LambdaKit.Function.EfsMountTargetDependency',
  severity: Severity.WARNING,
  constraint: 'A function that mounts an in-app EFS file system DependsOn its mount targets, so that it is created after them.',
  source: EFS_DOC,
  requires: ['FileSystemConfigs'],
  check(fn, { model }) {
    const dependsOn = fn.attributes.DependsOn;
    const dependencies = new Set((Array.isArray(dependsOn) ? dependsOn : [dependsOn]).filter((id): id is string => typeof id === 'string'));
    return mountedFileSystems(model, fn).flatMap(({ fileSystem, mountTargets }): FunctionFinding[] => {
      const sameStack = mountTargets.filter(target => target.stack === fn.stack);
      if (sameStack.length === 0 || sameStack.every(target => dependencies.has(target.logicalId))) return [];
      return [{
        property: 'DependsOn',
        value: [...dependencies],
        limit: `a list that includes the mount targets of ${fileSystem.path} (${listNames(sameStack.filter(t => !dependencies.has(t.logicalId)).map(t => t.logicalId))})`,
        fix: 'Make the function depend on the mount targets (fn.node.addDependency(fileSystem.mountTargetsAvailable); FileSystem.fromEfsAccessPoint does this).',
      }];
    });
  },
});
