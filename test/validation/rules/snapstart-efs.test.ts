import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings, s3Code } from '../function-helpers';

const RULE = 'LambdaKit.SnapStart.Efs';
const EFS = [{ Arn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0', LocalMountPath: '/mnt/data' }];

describe(RULE, () => {
  test.each([
    [{ ApplyOn: 'PublishedVersions' }, EFS, true], [{ ApplyOn: 'PublishedVersions' }, [], false], [{ ApplyOn: 'None' }, EFS, false], [undefined, EFS, false],
  ])('SnapStart %p with FileSystemConfigs %p fails: %p', (snapStart, configs, fails) => {
    expect(findingsFor(RULE, { Runtime: 'java21', SnapStart: snapStart, FileSystemConfigs: configs })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Java', { runtime: lambda.Runtime.JAVA_21, code: s3Code(stack), snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('FileSystemConfigs', EFS);
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Java/Resource: \`FileSystemConfigs\` must be absent when SnapStart is on, got: [{"Arn"`)]);
  });

  test('does not flag an unresolved list', () => {
    expect(findingsFor(RULE, { Runtime: 'java21', SnapStart: { ApplyOn: 'PublishedVersions' }, FileSystemConfigs: { Ref: 'Efs' } })).toEqual([]);
  });
});
