import { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const ZONES_RULE = 'LambdaKit.Function.EfsMountTargetZones';
const DEPENDENCY_RULE = 'LambdaKit.Function.EfsMountTargetDependency';

/** A file system with an access point, mount targets in `targetZones`, and one subnet per zone in `zones`. */
function network(zones: string[], targetZones: string[]) {
  return (stack: Stack, fn: lambda.CfnFunction) => {
    new efs.CfnFileSystem(stack, 'Fs').overrideLogicalId('Fs');
    new efs.CfnAccessPoint(stack, 'Ap', { fileSystemId: 'placeholder' }).addPropertyOverride('FileSystemId', { Ref: 'Fs' });
    (stack.node.findChild('Ap') as efs.CfnAccessPoint).overrideLogicalId('Ap');
    const subnet = (zone: string) => {
      const id = `Subnet${zone.replace(/-/g, '')}`;
      if (!stack.node.tryFindChild(id)) new ec2.CfnSubnet(stack, id, { vpcId: 'vpc-1', availabilityZone: zone }).overrideLogicalId(id);
      return id;
    };
    targetZones.forEach(zone => {
      const target = new efs.CfnMountTarget(stack, `Mt${zone.replace(/-/g, '')}`, { fileSystemId: 'placeholder', subnetId: 'placeholder', securityGroups: ['sg-1'] });
      target.overrideLogicalId(`Mt${zone.replace(/-/g, '')}`);
      target.addPropertyOverride('FileSystemId', { Ref: 'Fs' });
      target.addPropertyOverride('SubnetId', { Ref: subnet(zone) });
      fn.node.addDependency(target);
    });
    fn.addPropertyOverride('VpcConfig', { SubnetIds: zones.map(zone => ({ Ref: subnet(zone) })), SecurityGroupIds: ['sg-1'] });
    fn.addPropertyOverride('FileSystemConfigs', [{ Arn: { 'Fn::GetAtt': ['Ap', 'Arn'] }, LocalMountPath: '/mnt/data' }]);
  };
}

describe(ZONES_RULE, () => {
  test.each([
    [['us-east-1a', 'us-east-1b'], ['us-east-1a', 'us-east-1b'], false],
    [['us-east-1a'], ['us-east-1a', 'us-east-1b'], false],
    [['us-east-1a', 'us-east-1b'], ['us-east-1a'], true],
    [['us-east-1a'], [], true],
  ])('a function in %p with mount targets in %p fails: %p', (zones, targetZones, fails) => {
    expect(findingsFor(ZONES_RULE, {}, { setup: network(zones, targetZones) })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an aws-cdk-lib FileSystem with a mount target in one zone only', () => {
    const { app, stack } = limitsApp();
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 1, maxAzs: 2 });
    const fileSystem = new efs.FileSystem(stack, 'Files', { vpc, vpcSubnets: { availabilityZones: [vpc.availabilityZones[0]] } });
    const accessPoint = fileSystem.addAccessPoint('Ap');
    l2Function(stack, 'Mounted', { vpc, filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/data') });
    const zones = vpc.availabilityZones;
    expect(ruleFindings(app, ZONES_RULE)).toEqual([expect.stringContaining(
      `[${ZONES_RULE}] Stack/Mounted/Resource: \`VpcConfig.SubnetIds\` must be in Availability Zones where Stack/Files/Resource has a mount target (none in ${zones[1]}), `
      + `got: 'subnets in ${zones[0]} and ${zones[1]}'.`,
    )]);
  });

  test('does not judge subnets whose zone it cannot see', () => {
    const setup = network(['us-east-1a'], []);
    expect(findingsFor(ZONES_RULE, {}, { setup: (stack, fn) => { setup(stack, fn); fn.addPropertyOverride('VpcConfig.SubnetIds', ['subnet-1']); } })).toEqual([]);
  });
});

describe(DEPENDENCY_RULE, () => {
  test('no warning when the function depends on every mount target', () => {
    expect(findingsFor(DEPENDENCY_RULE, {}, { setup: network(['us-east-1a'], ['us-east-1a']) })).toEqual([]);
  });

  test('warns when an escape hatch drops the dependency of an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 1, maxAzs: 1 });
    const accessPoint = new efs.FileSystem(stack, 'Files', { vpc }).addAccessPoint('Ap');
    const fn = l2Function(stack, 'Mounted', { vpc, filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/data') });
    expect(ruleFindings(app, DEPENDENCY_RULE)).toEqual([]);
    expect(fn.node.dependencies.length).toBeGreaterThan(0);

    const dropped = limitsApp();
    const vpc2 = new ec2.Vpc(dropped.stack, 'Vpc', { natGateways: 1, maxAzs: 1 });
    const accessPoint2 = new efs.FileSystem(dropped.stack, 'Files', { vpc: vpc2 }).addAccessPoint('Ap');
    const fn2 = l2Function(dropped.stack, 'Mounted', { vpc: vpc2, filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint2, '/mnt/data') });
    (fn2.node.defaultChild as lambda.CfnFunction).addOverride('DependsOn', ['OtherResourceOnly']);
    expect(ruleFindings(dropped.app, DEPENDENCY_RULE)).toEqual([expect.stringContaining(
      `[${DEPENDENCY_RULE}] Stack/Mounted/Resource: \`DependsOn\` must be a list that includes the mount targets of Stack/Files/Resource`,
    )]);
  });
});
