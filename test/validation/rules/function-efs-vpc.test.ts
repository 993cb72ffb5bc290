import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.EfsVpc';
const EFS = { FileSystemConfigs: [{ Arn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0', LocalMountPath: '/mnt/data' }] };
const VPC = { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] };

describe(RULE, () => {
  test.each([
    ['EFS in a VPC', { ...EFS, VpcConfig: VPC }, false],
    ['EFS without VpcConfig', EFS, true],
    ['EFS with empty subnets', { ...EFS, VpcConfig: { SubnetIds: [], SecurityGroupIds: [] } }, true],
    ['no EFS, no VPC', {}, false],
    ['EFS with unresolved subnets', { ...EFS, VpcConfig: { SubnetIds: { Ref: 'Subnets' }, SecurityGroupIds: ['sg-1'] } }, false],
    ['EFS with an unresolved VpcConfig', { ...EFS, VpcConfig: { 'Fn::If': ['C', VPC, { Ref: 'AWS::NoValue' }] } }, false],
  ])('%s fails: %p', (_name, overrides, fails) => {
    expect(findingsFor(RULE, overrides)).toHaveLength(fails ? 1 : 0);
  });

  test('catches an override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Files');
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('FileSystemConfigs', EFS.FileSystemConfigs);
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Files/Resource: \`VpcConfig\` must be set with the subnets of the file system's mount targets when FileSystemConfigs is set, got: '(absent)'.`,
    )]);
  });
});
