import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { LambdaLimits, ServerlessFunction, ServerlessFunctionProps } from '../../lib';
import * as defaults from '../../lib/function/defaults';

const REQUIRED: ServerlessFunctionProps = {
  runtime: lambda.Runtime.NODEJS_24_X,
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  handler: 'index.handler',
};
const ENI_ARN = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ec2:eu-west-1:123456789012:network-interface/*']] };

let app: App;
let stack: Stack;
let vpc: ec2.Vpc;
beforeEach(() => {
  app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' } });
  stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
  vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
});

const id = (construct: any) => stack.getLogicalId((construct.node.defaultChild ?? construct) as any);
const arnOf = (type: string, ref: unknown) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:ec2:eu-west-1:123456789012:${type}/`, ref]] });
const policyDocument = (construct: any) => Template.fromStack(stack).toJSON().Resources[id(construct)].Properties.PolicyDocument.Statement;
const acknowledged = (construct: any) => Object.assign({}, ...construct.node.metadata
  .filter((entry: any) => entry.type === 'aws:cdk:acknowledged-rules').map((entry: any) => entry.data));

describe('VPC placement', () => {
  test('the network defaults are the documented constants', () => {
    expect(defaults.DEFAULT_VPC_SUBNETS).toEqual({});
    expect(defaults.DEFAULT_SECURITY_GROUP_ALLOW_ALL_OUTBOUND).toBe(true);
    expect(defaults.DEFAULT_ALLOW_PUBLIC_SUBNET).toBe(false);
    expect(defaults.DEFAULT_FILE_SYSTEM_MOUNT_PATH).toBe('/mnt/data');
  });

  test('an isolated-only VPC: the isolated subnets are chosen', () => {
    const isolated = new ec2.Vpc(stack, 'Isolated', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, vpc: isolated });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { VpcConfig: Match.objectLike({ SubnetIds: isolated.isolatedSubnets.map(s => ({ Ref: id(s) })) }) });
  });

  test('fails for a VPC with public subnets only, unless allowPublicSubnet', () => {
    const publicOnly = new ec2.Vpc(stack, 'PublicOnly', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'Web', subnetType: ec2.SubnetType.PUBLIC }] });
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, vpc: publicOnly });
    expect(fn.node.validate().join('\n')).toContain('[LambdaKit.ServerlessFunction.PublicSubnetOptIn]');
  });

  test('without vpc: no VpcConfig, no security group, no network permissions', () => {
    const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', { VpcConfig: Match.absent(), FileSystemConfigs: Match.absent() });
    expect(fn.securityGroup).toBeUndefined();
    expect(JSON.stringify(policyDocument(fn.executionPolicy))).not.toContain('ec2:');
    expect(fn.node.tryFindChild('NetworkDescribePolicy')).toBeUndefined();
  });

  test('with vpc: private subnets, a created security group with no ingress, scoped ENI statements and a separate describe policy', () => {
    // WHEN
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, vpc });

    // THEN
    const template = Template.fromStack(stack);
    const privateSubnets = vpc.privateSubnets.map(subnet => ({ Ref: id(subnet) }));
    template.hasResourceProperties('AWS::Lambda::Function', {
      VpcConfig: {
        SubnetIds: privateSubnets,
        SecurityGroupIds: [{ 'Fn::GetAtt': [id(fn.securityGroup), 'GroupId'] }],
        Ipv6AllowedForDualStack: Match.absent(),
      },
    });
    template.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: 'Network interfaces of Stack/Fn: no ingress; add rules with fn.connections',
      SecurityGroupIngress: Match.absent(),
      SecurityGroupEgress: [{ CidrIp: '0.0.0.0/0', IpProtocol: '-1', Description: 'Allow all outbound traffic by default' }],
    });
    template.resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
    expect(policyDocument(fn.executionPolicy)).toEqual(expect.arrayContaining([
      {
        Sid: 'CreateNetworkInterfaces',
        Effect: 'Allow',
        Action: 'ec2:CreateNetworkInterface',
        Resource: [
          ...vpc.privateSubnets.map(subnet => arnOf('subnet', { Ref: id(subnet) })),
          arnOf('security-group', { 'Fn::GetAtt': [id(fn.securityGroup), 'GroupId'] }),
          ENI_ARN,
        ],
      },
      {
        Sid: 'ManageNetworkInterfaces',
        Effect: 'Allow',
        Action: ['ec2:DeleteNetworkInterface', 'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses'],
        Resource: ENI_ARN,
      },
    ]));
    const describePolicy = fn.node.findChild('NetworkDescribePolicy');
    expect(policyDocument(describePolicy)).toEqual([
      { Sid: 'DescribeNetwork', Effect: 'Allow', Action: ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets'], Resource: '*' },
    ]);
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', { Roles: [{ Ref: id(fn.role) }], PolicyDocument: { Statement: policyDocument(describePolicy) } });
    // The only "*" resources of the function: X-Ray in the execution policy, describe in its own policy.
    const wildcards = [...policyDocument(fn.executionPolicy), ...policyDocument(describePolicy)].filter((statement: any) => statement.Resource === '*');
    expect(wildcards.map((statement: any) => statement.Action)).toEqual([['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets']]);
    // The function is created after both policies exist.
    const dependsOn = Template.fromStack(stack).toJSON().Resources[id(fn.function)].DependsOn;
    expect(dependsOn).toEqual(expect.arrayContaining([id(fn.executionPolicy), id(describePolicy)]));
    // Acknowledgements are per finding and on the narrowest construct.
    expect(Object.keys(acknowledged(describePolicy))).toEqual(['Annotation::AwsSolutions-IAM5[Resource::*]']);
    expect(Object.keys(acknowledged(fn.executionPolicy))).toContain(
      'Annotation::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ec2:eu-west-1:123456789012:network-interface/*]');
  });

  test('given security groups are used and none is created', () => {
    const group = new ec2.SecurityGroup(stack, 'Given', { vpc });
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, vpc, securityGroups: [group] });
    expect(fn.securityGroup).toBeUndefined();
    Template.fromStack(stack).resourceCountIs('AWS::EC2::SecurityGroup', 1);
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { VpcConfig: { SecurityGroupIds: [{ 'Fn::GetAtt': [id(group), 'GroupId'] }] } });
  });

  test('ipv6AllowedForDualStack is written and the created group allows IPv6 egress', () => {
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, vpc, ipv6AllowedForDualStack: true });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { VpcConfig: { Ipv6AllowedForDualStack: true } });
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: Match.stringLikeRegexp('Stack/Fn'),
      SecurityGroupEgress: Match.arrayWith([Match.objectLike({ CidrIpv6: '::/0' })]),
    });
    expect(fn.securityGroup).toBeDefined();
  });

  test('fails at synth for public subnets without allowPublicSubnet, and creates nothing public silently', () => {
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } });
    expect(fn.node.validate().join('\n')).toMatch(/\[LambdaKit\.ServerlessFunction\.PublicSubnetOptIn\] Stack\/Fn: `vpcSubnets` must be private subnets unless `allowPublicSubnet` is true, got: 2 public subnet/);
    expect(() => app.synth()).toThrow(/PublicSubnetOptIn/);
  });

  test('with allowPublicSubnet the public subnets are used and LambdaLimits\'s public-subnet warning is acknowledged', () => {
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, allowPublicSubnet: true });
    // A plain aws-cdk-lib function in the same subnets, validated by LambdaLimits, is warned: the rule is live.
    const plain = new lambda.Function(stack, 'Plain', { runtime: REQUIRED.runtime, code: REQUIRED.code, handler: REQUIRED.handler, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, allowPublicSubnet: true });
    Aspects.of(plain).add(new LambdaLimits());
    const warnings = app.synth().getStackArtifact(stack.artifactId).messages
      .filter(message => message.level === 'warning' && String(message.entry.data).includes('VpcPublicSubnet'))
      .map(message => message.id);
    expect(warnings).toEqual(['/Stack/Plain/Resource']);
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler', Role: Match.anyValue(), VpcConfig: { SubnetIds: vpc.publicSubnets.map(subnet => ({ Ref: id(subnet) })), SecurityGroupIds: Match.anyValue() },
    });
  });

  test('fails at synth when network props come without vpc, naming each', () => {
    const group = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Group', 'sg-12345678');
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, securityGroups: [group], allowPublicSubnet: true, ipv6AllowedForDualStack: true, vpcSubnets: {} });
    const errors = fn.node.validate().join('\n');
    for (const prop of ['vpcSubnets', 'securityGroups', 'allowPublicSubnet', 'ipv6AllowedForDualStack']) {
      expect(errors).toContain(`[LambdaKit.ServerlessFunction.NetworkOptionWithoutVpc] Stack/Fn: \`${prop}\` must be set only together with \`vpc\``);
    }
  });
});

describe('EFS access point', () => {
  function accessPoint(): efs.AccessPoint {
    const fileSystem = new efs.FileSystem(stack, 'Files', { vpc, encrypted: true });
    return fileSystem.addAccessPoint('AccessPoint', { path: '/orders', posixUser: { uid: '1000', gid: '1000' }, createAcl: { ownerUid: '1000', ownerGid: '1000', permissions: '750' } });
  }

  test('mounts at /mnt/data by default, ClientMount and ClientWrite on that file system through that access point only, NFS allowed', () => {
    // GIVEN
    const ap = accessPoint();

    // WHEN
    const fn = new ServerlessFunction(stack, 'Fn', { ...REQUIRED, vpc, fileSystemAccessPoint: ap });

    // THEN
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', {
      FileSystemConfigs: [{ Arn: Match.objectLike({ 'Fn::Join': Match.anyValue() }), LocalMountPath: '/mnt/data' }],
    });
    expect(policyDocument(fn.executionPolicy)).toContainEqual({
      Sid: 'MountFileSystem',
      Effect: 'Allow',
      Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
      Resource: { 'Fn::GetAtt': [id(ap.fileSystem), 'Arn'] },
      Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': stack.resolve(ap.accessPointArn) } },
    });
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049,
      SourceSecurityGroupId: { 'Fn::GetAtt': [id(fn.securityGroup), 'GroupId'] },
    });
    expect(JSON.stringify(policyDocument(fn.executionPolicy))).not.toContain('"Resource":"*"},{"Sid":"MountFileSystem"');
  });

  test('fileSystemMountPath is used', () => {
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, vpc, fileSystemAccessPoint: accessPoint(), fileSystemMountPath: '/mnt/orders' });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { FileSystemConfigs: [Match.objectLike({ LocalMountPath: '/mnt/orders' })] });
  });

  test('fails at synth for an access point without vpc, and for a bad mount path, naming the props', () => {
    const ap = accessPoint();
    new ServerlessFunction(stack, 'NoVpc', { ...REQUIRED, fileSystemAccessPoint: ap });
    new ServerlessFunction(stack, 'BadPath', { ...REQUIRED, vpc, fileSystemAccessPoint: ap, fileSystemMountPath: '/data' });
    const synth = () => app.synth();
    expect(synth).toThrow(/LambdaKit\.Function\.EfsVpc[^\n]*Stack\/NoVpc/);
    expect(synth).toThrow(/LambdaKit\.Function\.EfsConfig[^\n]*`fileSystemMountPath`/);
  });
});
