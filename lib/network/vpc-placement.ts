import { Annotations, Stack, Token, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { propError } from '../private/prop-error';
import { DEFAULT_ALLOW_PUBLIC_SUBNET, DEFAULT_FILE_SYSTEM_MOUNT_PATH, DEFAULT_SECURITY_GROUP_ALLOW_ALL_OUTBOUND } from '../function/defaults';
import { recordPropertyNames } from '../validation/property-names';

/** The network props of ServerlessFunction, as this module reads them. */
export interface NetworkProps {
  readonly vpc?: ec2.IVpc;
  readonly vpcSubnets?: ec2.SubnetSelection;
  readonly securityGroups?: ec2.ISecurityGroup[];
  readonly allowPublicSubnet?: boolean;
  readonly ipv6AllowedForDualStack?: boolean;
  readonly fileSystemAccessPoint?: efs.IAccessPoint;
  readonly fileSystemMountPath?: string;
}

/** What the wrapped aws-cdk-lib Function is given, and what was created for it. */
export interface NetworkPlacement {
  readonly functionProps: Pick<lambda.FunctionProps, 'vpc' | 'vpcSubnets' | 'securityGroups' | 'allowPublicSubnet' | 'ipv6AllowedForDualStack'>;
  readonly securityGroup?: ec2.SecurityGroup;
  readonly subnetSelection: ec2.SubnetSelection;
}

const VPC_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html';
const EC2_AUTHORIZATION_DOC = 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html';

/**
 * Decides where a VPC function goes: private subnets unless public ones are asked for explicitly, and a security
 * group with no ingress rule when none is given. Called before the function is created.
 */
export function placeInVpc(scope: Construct, props: NetworkProps, defaultSubnets: ec2.SubnetSelection): NetworkPlacement {
  const subnetSelection = props.vpcSubnets ?? defaultSubnets;
  if (!props.vpc) return { functionProps: {}, subnetSelection };
  const securityGroup = props.securityGroups && props.securityGroups.length > 0 ? undefined : new ec2.SecurityGroup(scope, 'SecurityGroup', {
    vpc: props.vpc,
    description: `Network interfaces of ${scope.node.path}: no ingress; add rules with fn.connections`,
    allowAllOutbound: DEFAULT_SECURITY_GROUP_ALLOW_ALL_OUTBOUND,
    allowAllIpv6Outbound: props.ipv6AllowedForDualStack === true,
  });
  return {
    securityGroup,
    subnetSelection,
    functionProps: {
      vpc: props.vpc,
      vpcSubnets: subnetSelection,
      securityGroups: securityGroup ? [securityGroup] : props.securityGroups,
      // aws-cdk-lib throws on public subnets; ServerlessFunction reports that at synth with every other problem instead.
      allowPublicSubnet: true,
      ipv6AllowedForDualStack: props.ipv6AllowedForDualStack,
    },
  };
}

/** What `grantNetworkAccess` needs once the function exists. */
export interface NetworkAccessOptions {
  readonly function: lambda.Function;
  readonly role: iam.IRole;
  readonly policy: iam.ManagedPolicy;
  readonly props: NetworkProps;
  readonly placement: NetworkPlacement;
}

/**
 * Gives a VPC function the network-interface and file-system permissions it needs, scoped where AWS allows it,
 * mounts the EFS access point, and reports the network prop combinations AWS or aws-cdk-lib would refuse.
 *
 * Lambda's execution role must allow ec2:CreateNetworkInterface, ec2:DescribeNetworkInterfaces, ec2:DescribeSubnets,
 * ec2:DeleteNetworkInterface, ec2:AssignPrivateIpAddresses and ec2:UnassignPrivateIpAddresses
 * (https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html, the AWSLambdaVPCAccessExecutionRole policy):
 * - CreateNetworkInterface is scoped to the chosen subnets and security groups and to network interfaces of this
 *   account and Region (the interface does not exist yet, so it has no ARN to name) (EC2 service authorization reference);
 * - DeleteNetworkInterface, AssignPrivateIpAddresses and UnassignPrivateIpAddresses are scoped to network interfaces
 *   of this account and Region: Lambda's own (Hyperplane) interface ids are unknown in advance, and the Lambda guide
 *   warns that without them a function may lose its VPC access;
 * - DescribeNetworkInterfaces and DescribeSubnets support no resource-level permissions (they work only on "*"): they
 *   are the only statement of a small managed policy of their own, so its acknowledgement covers nothing else.
 */
export function grantNetworkAccess(scope: Construct, options: NetworkAccessOptions): iam.ManagedPolicy | undefined {
  const { props, placement } = options;
  const cfn = options.function.node.defaultChild as lambda.CfnFunction;
  scope.node.addValidation({ validate: () => networkPropErrors(scope, props, placement.subnetSelection) });
  recordPropertyNames(cfn, {
    VpcConfig: 'vpc',
    'VpcConfig.SubnetIds': 'vpcSubnets',
    'VpcConfig.SecurityGroupIds': 'securityGroups',
    'VpcConfig.Ipv6AllowedForDualStack': 'ipv6AllowedForDualStack',
    FileSystemConfigs: 'fileSystemAccessPoint',
    'FileSystemConfigs.0.LocalMountPath': 'fileSystemMountPath',
    'FileSystemConfigs.0.Arn': 'fileSystemAccessPoint',
  });
  if (props.fileSystemAccessPoint) mountFileSystem(options, props.fileSystemAccessPoint, props.fileSystemMountPath ?? DEFAULT_FILE_SYSTEM_MOUNT_PATH);
  if (!props.vpc) return undefined;
  if (props.allowPublicSubnet) {
    // The explicit opt-in is the acknowledgement of LambdaLimits's public-subnet warning.
    Annotations.of(cfn).acknowledgeWarning('LambdaKit.Function.VpcPublicSubnet', 'allowPublicSubnet is true: the function has no internet access there, knowingly.');
  }

  const stack = Stack.of(scope);
  const arn = (resource: string, resourceName: string) => stack.formatArn({ service: 'ec2', resource, resourceName });
  const subnetIds = props.vpc.selectSubnets(placement.subnetSelection).subnetIds;
  const securityGroupIds = (placement.functionProps.securityGroups ?? []).map(group => group.securityGroupId);
  const anyNetworkInterface = arn('network-interface', '*');
  options.policy.addStatements(
    new iam.PolicyStatement({
      sid: 'CreateNetworkInterfaces',
      actions: ['ec2:CreateNetworkInterface'],
      resources: [
        ...subnetIds.map(id => arn('subnet', id)),
        ...securityGroupIds.map(id => arn('security-group', id)),
        anyNetworkInterface,
      ],
    }),
    new iam.PolicyStatement({
      sid: 'ManageNetworkInterfaces',
      actions: ['ec2:DeleteNetworkInterface', 'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses'],
      resources: [anyNetworkInterface],
    }),
  );
  Validations.of(options.policy).acknowledge({
    id: `AwsSolutions-IAM5[Resource::${nagArn(stack, 'network-interface/*')}]`,
    reason: 'Lambda creates and deletes its own network interfaces, whose ids are unknown before they exist: the interface actions are scoped '
      + 'to network interfaces of this account and Region (CreateNetworkInterface also to the chosen subnets and security groups). '
      + `See ${VPC_DOC} and ${EC2_AUTHORIZATION_DOC}.`,
  });

  const describePolicy = new iam.ManagedPolicy(scope, 'NetworkDescribePolicy', {
    description: `Describe actions ${scope.node.path} needs in its VPC; EC2 supports no resource-level permissions for them`,
    roles: [options.role],
    statements: [new iam.PolicyStatement({
      sid: 'DescribeNetwork',
      // No resource-level permissions: "This action only works if it's allowed on all resources" (Lambda developer guide).
      actions: ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets'],
      resources: ['*'],
    })],
  });
  Validations.of(describePolicy).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'ec2:DescribeNetworkInterfaces and ec2:DescribeSubnets support no resource-level permissions and work only on "*" '
      + `(${VPC_DOC}, ${EC2_AUTHORIZATION_DOC}); they are the only statement of this policy.`,
  });
  options.function.node.addDependency(describePolicy);
  return describePolicy;
}

function mountFileSystem(options: NetworkAccessOptions, accessPoint: efs.IAccessPoint, mountPath: string) {
  const cfn = options.function.node.defaultChild as lambda.CfnFunction;
  // Written on the L1 (aws-cdk-lib throws on a file system without a VPC or a bad path): LambdaLimits reports those at synth.
  cfn.fileSystemConfigs = [{ arn: accessPoint.accessPointArn, localMountPath: mountPath }];
  // The mount targets must be ready before Lambda mounts the file system.
  options.function.node.addDependency(accessPoint.fileSystem.mountTargetsAvailable);
  if (options.props.vpc) {
    options.function.connections.allowTo(accessPoint.fileSystem, ec2.Port.tcp(efs.FileSystem.DEFAULT_PORT), 'NFS to the mounted file system');
  }
  options.policy.addStatements(new iam.PolicyStatement({
    sid: 'MountFileSystem',
    actions: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
    resources: [accessPoint.fileSystem.fileSystemArn],
    // Through this access point only (its root directory and POSIX identity), never the whole file system.
    conditions: { StringEquals: { 'elasticfilesystem:AccessPointArn': accessPoint.accessPointArn } },
  }));
}

/** An ARN as cdk-nag prints it in finding ids: pseudo parameters as `<AWS::Name>`. */
function nagArn(stack: Stack, resource: string): string {
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
  const partition = Token.isUnresolved(stack.partition) ? '<AWS::Partition>' : stack.partition;
  return `arn:${partition}:ec2:${region}:${account}:${resource}`;
}

function networkPropErrors(scope: Construct, props: NetworkProps, subnetSelection: ec2.SubnetSelection): string[] {
  const errors: string[] = [];
  if (!props.vpc) {
    const needVpc: Array<[string, unknown]> = [
      ['vpcSubnets', props.vpcSubnets], ['securityGroups', props.securityGroups],
      ['allowPublicSubnet', props.allowPublicSubnet], ['ipv6AllowedForDualStack', props.ipv6AllowedForDualStack],
    ];
    for (const [prop, value] of needVpc) {
      if (value === undefined) continue;
      errors.push(propError(scope, 'NetworkOptionWithoutVpc', prop, 'set only together with `vpc`', 'a value without `vpc`',
        `Add \`vpc\`, or remove \`${prop}\`.`, VPC_DOC));
    }
    return errors;
  }
  if (!(props.allowPublicSubnet ?? DEFAULT_ALLOW_PUBLIC_SUBNET)) {
    const selected = props.vpc.selectSubnets(subnetSelection).subnetIds;
    const publicIds = new Set(props.vpc.publicSubnets.map(subnet => subnet.subnetId));
    const chosenPublic = selected.filter(id => publicIds.has(id));
    if (chosenPublic.length > 0) {
      errors.push(propError(scope, 'PublicSubnetOptIn', 'vpcSubnets', 'private subnets unless `allowPublicSubnet` is true',
        `${chosenPublic.length} public subnet(s)`,
        'Select private subnets (with a NAT gateway or VPC endpoints for outbound calls); a function in a public subnet gets no public IP and no '
        + 'internet access. If that is what you want, set `allowPublicSubnet: true`.', VPC_DOC));
    }
  }
  return errors;
}
