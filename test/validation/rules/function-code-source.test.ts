import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.CodeSource';
const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/repo:latest';

describe(RULE, () => {
  test.each([
    ['S3Bucket + S3Key', { s3Bucket: 'b', s3Key: 'k' }, false],
    ['S3 with version', { s3Bucket: 'b', s3Key: 'k', s3ObjectVersion: '1' }, false],
    ['ZipFile', { zipFile: 'code' }, false],
    ['ImageUri', { imageUri: IMAGE }, false],
    ['S3Bucket without S3Key', { s3Bucket: 'b' }, true],
    ['S3Key without S3Bucket', { s3Key: 'k' }, true],
    ['ZipFile and S3', { zipFile: 'code', s3Bucket: 'b', s3Key: 'k' }, true],
    ['ZipFile and ImageUri', { zipFile: 'code', imageUri: IMAGE }, true],
    ['nothing', {}, true],
  ])('%s fails: %p', (_name, code, fails) => {
    const image = 'imageUri' in code ? { PackageType: 'Image', Runtime: undefined, Handler: undefined } : {};
    expect(findingsFor(RULE, image, { fn: { code } })).toHaveLength(fails ? 1 : 0);
  });

  test('catches a bucket added to an aws-cdk-lib inline function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Both');
    (fn.node.defaultChild as CfnFunction).addPropertyOverride('Code.S3Bucket', 'bucket');
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Both/Resource: \`Code\` must be exactly one of ZipFile, S3Bucket with S3Key, or ImageUri, got: {"S3Bucket":"bucket","ZipFile":"exports.handler`,
    )]);
  });

  test('an unresolved bucket still counts as a source; an unresolved Code is skipped', () => {
    expect(findingsFor(RULE, {}, { fn: { code: { s3Bucket: { Ref: 'Bucket' } as any, s3Key: { Ref: 'Key' } as any } } })).toEqual([]);
    expect(findingsFor(RULE, {}, { fn: { code: { 'Fn::If': ['C', { ZipFile: 'a' }, { S3Bucket: 'b', S3Key: 'k' }] } as any } })).toEqual([]);
  });
});
