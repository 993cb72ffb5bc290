import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.ImagePackageType';
const IMAGE = { ImageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/repo:latest' };
const NO_ZIP = { Runtime: undefined, Handler: undefined };

describe(RULE, () => {
  test.each([
    ['ImageUri with PackageType Image', { Code: IMAGE, PackageType: 'Image', ...NO_ZIP }, false],
    ['S3 code without PackageType', {}, false],
    ['S3 code with PackageType Zip', { PackageType: 'Zip' }, false],
    ['ImageUri without PackageType', { Code: IMAGE, ...NO_ZIP }, true],
    ['ImageUri with PackageType Zip', { Code: IMAGE, PackageType: 'Zip', ...NO_ZIP }, true],
    ['PackageType Image with S3 code', { PackageType: 'Image', ...NO_ZIP }, true],
  ])('%s fails: %p', (_name, overrides, fails) => {
    expect(findingsFor(RULE, overrides)).toHaveLength(fails ? 1 : 0);
  });

  test('catches PackageType removed from an aws-cdk-lib DockerImageFunction', () => {
    const { app, stack } = limitsApp();
    const fn = new lambda.DockerImageFunction(stack, 'Image', {
      code: lambda.DockerImageCode.fromEcr(ecr.Repository.fromRepositoryName(stack, 'Repo', 'repo')),
    });
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyDeletionOverride('PackageType');
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Image/Resource: \`PackageType\` must be 'Image' when Code.ImageUri is set, got: '(absent, so Zip)'.`,
    )]);
  });

  test('does not flag a PackageType parameter', () => {
    expect(findingsFor(RULE, { Code: IMAGE, PackageType: { Ref: 'Type' }, ...NO_ZIP })).toEqual([]);
  });
});
