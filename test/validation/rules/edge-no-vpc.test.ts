import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { describeEdgeForbidden, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

describeEdgeForbidden('LambdaKit.Edge.NoVpc', 'VpcConfig.SubnetIds', { vpcConfig: { subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'] } }, { vpcConfig: { subnetIds: [], securityGroupIds: [] } });

test('catches an L2 function in a VPC used as an edge trigger', () => {
  const { app, stack } = limitsApp();
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST, { vpc });
  expect(ruleErrors(app, 'LambdaKit.Edge.NoVpc')).toEqual([expect.stringContaining('Stack/EdgeFn/Resource: `VpcConfig.SubnetIds` must be absent on a Lambda@Edge function (VPC access is not supported at the edge)')]);
});
