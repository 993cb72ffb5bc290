import { Fn, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';

export interface IsolatedVpcOptions {
  /** Encrypts the flow logs' log group. */
  readonly flowLogKey: kms.IKey;
  /** The flow-log role's description. */
  readonly flowLogRoleDescription: string;
  /** The flow-log policy's description. @default - none */
  readonly flowLogPolicyDescription?: string;
  /**
   * Why aws-cdk-lib's provider that empties the default security group may run outside the VPC: the reason in the
   * acknowledgement allow-list (test/support/acknowledgements.ts) for this blueprint.
   */
  readonly restrictProviderReason: string;
}

/** An isolated VPC and the log group its flow logs go to. */
export interface IsolatedVpc {
  readonly vpc: ec2.Vpc;
  readonly flowLogs: logs.LogGroup;
}

/**
 * A VPC over two Availability Zones with isolated subnets only (no internet or NAT gateway), its default security
 * group emptied, and flow logs of all traffic to a log group kept a year (retained on stack deletion), encrypted with
 * `flowLogKey`. Its constructs are children of the stack: `id` (the VPC), `FlowLogs`, `FlowLogRole`, `FlowLogPolicy`.
 */
export function isolatedVpc(stack: Stack, id: string, options: IsolatedVpcOptions): IsolatedVpc {
  const vpc = new ec2.Vpc(stack, id, {
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
    // Removes every rule of the VPC's default security group (HIPAA, NIST and PCI VPCDefaultSecurityGroupClosed), through a
    // deploy-time function of aws-cdk-lib that cannot itself be placed in the VPC.
    restrictDefaultSecurityGroup: true,
  });
  const restrictProvider = stack.node.findChild('Custom::VpcRestrictDefaultSGCustomResourceProvider');
  Validations.of(restrictProvider.node.findChild('Handler')).acknowledge({
    id: 'cdk-validator-cfnguard::lambda_inside_vpc_check',
    reason: options.restrictProviderReason,
  });

  const flowLogs = new logs.LogGroup(stack, 'FlowLogs', { retention: logs.RetentionDays.ONE_YEAR, encryptionKey: options.flowLogKey });
  const role = new iam.Role(stack, 'FlowLogRole', {
    // This account's flow logs only (confused deputy).
    assumedBy: new iam.ServicePrincipal('vpc-flow-logs.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': stack.account } } }),
    description: options.flowLogRoleDescription,
  });
  new iam.ManagedPolicy(stack, 'FlowLogPolicy', {
    description: options.flowLogPolicyDescription,
    roles: [role],
    statements: [new iam.PolicyStatement({
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
      resources: [flowLogs.logGroupArn],
    })],
  });
  // Without policy updates: aws-cdk-lib would put the same statement in an inline policy, which the packs refuse.
  vpc.addFlowLog('FlowLog', {
    destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogs, role.withoutPolicyUpdates()),
    trafficType: ec2.FlowLogTrafficType.ALL,
  });
  return { vpc, flowLogs };
}

/**
 * Two Availability Zones picked by CloudFormation at deploy time (`Fn::GetAZs`), for a stack's `availabilityZones`:
 * otherwise CDK would look them up in the account at synth, and `cdk synth` would need AWS credentials.
 */
export function deployTimeAvailabilityZones(): string[] {
  return [Fn.select(0, Fn.getAzs()), Fn.select(1, Fn.getAzs())];
}
