import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.SnapStart.ContainerImage';
const IMAGE = { Code: { ImageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/repo:1' }, PackageType: 'Image', Runtime: undefined, Handler: undefined };

describe(RULE, () => {
  test.each([
    ['image, SnapStart on', { ...IMAGE, SnapStart: { ApplyOn: 'PublishedVersions' } }, true],
    ['image, SnapStart off', { ...IMAGE, SnapStart: { ApplyOn: 'None' } }, false],
    ['zip java21, SnapStart on', { Runtime: 'java21', SnapStart: { ApplyOn: 'PublishedVersions' } }, false],
  ])('%s fails: %p', (_name, overrides, fails) => {
    expect(findingsFor(RULE, overrides)).toHaveLength(fails ? 1 : 0);
  });

  test('catches SnapStart on an aws-cdk-lib DockerImageFunction, which skips its runtime check', () => {
    const { app, stack } = limitsApp();
    const fn = new lambda.DockerImageFunction(stack, 'Image', {
      code: lambda.DockerImageCode.fromEcr(ecr.Repository.fromRepositoryName(stack, 'Repo', 'repo')),
      snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
    });
    void fn.currentVersion; // publishes a version
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Image/Resource: \`SnapStart\` must be absent or ApplyOn None for a container image (PackageType Image), got: {"ApplyOn":"PublishedVersions"}.`,
    )]);
  });

  test('an unresolved ApplyOn is not on', () => {
    expect(findingsFor(RULE, { ...IMAGE, SnapStart: { ApplyOn: { Ref: 'Snap' } } })).toEqual([]);
  });
});
