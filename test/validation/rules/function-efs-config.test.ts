import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.EfsConfig';
const ACCESS_POINT = 'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0';
const config = (Arn: unknown = ACCESS_POINT, LocalMountPath: unknown = '/mnt/data') => ({ Arn, LocalMountPath });
const VPC = { VpcConfig: { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] } };

describe(RULE, () => {
  test.each([
    ['one access point', [config()], 0],
    ['two file systems', [config(), config(ACCESS_POINT, '/mnt/other')], 1],
    ['a mount path outside /mnt', [config(ACCESS_POINT, '/data')], 1],
    ['a nested mount path', [config(ACCESS_POINT, '/mnt/data/sub')], 1],
    ['a 160-character mount path', [config(ACCESS_POINT, `/mnt/${'d'.repeat(155)}`)], 0],
    ['a 161-character mount path', [config(ACCESS_POINT, `/mnt/${'d'.repeat(156)}`)], 1],
    ['a file system ARN', [config('arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0')], 1],
    ['unresolved values', [config({ 'Fn::GetAtt': ['Ap', 'Arn'] }, { Ref: 'Path' })], 0],
  ])('%s: %d findings', (_name, configs, count) => {
    expect(findingsFor(RULE, { FileSystemConfigs: configs, ...VPC })).toHaveLength(count);
  });

  test('names the item and suggests an access point for a file system ARN', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Files', { vpc: undefined });
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('FileSystemConfigs',
      [config('arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0', '/efs')]);
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('VpcConfig', VPC.VpcConfig);
    const findings = ruleFindings(app, RULE);
    expect(findings).toEqual([
      expect.stringContaining(`[${RULE}] Stack/Files/Resource: \`FileSystemConfigs.0.LocalMountPath\` must be /mnt/ followed by one name`),
      expect.stringContaining('`FileSystemConfigs.0.Arn` must be an EFS access point ARN (arn:aws:elasticfilesystem:region:account:access-point/fsap-...), got: '
        + "'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0'. Create an access point"),
    ]);
  });
});
