import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.ImageExclusions';
const IMAGE = { Code: { ImageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/repo:latest' }, PackageType: 'Image' };

describe(RULE, () => {
  test.each([
    ['nothing extra', { Runtime: undefined, Handler: undefined }, 0],
    ['Handler', { Runtime: undefined }, 1],
    ['Runtime', { Handler: undefined }, 1],
    ['Handler and Runtime', {}, 2],
    ['Layers', { Runtime: undefined, Handler: undefined, Layers: ['arn:aws:lambda:us-east-1:123456789012:layer:l:1'] }, 1],
  ])('an image function with %s has %d findings', (_name, overrides, count) => {
    expect(findingsFor(RULE, { ...IMAGE, ...overrides })).toHaveLength(count);
  });

  test('a .zip function may have all three', () => {
    expect(findingsFor(RULE, { Layers: ['arn:aws:lambda:us-east-1:123456789012:layer:l:1'] })).toEqual([]);
  });

  test('catches a Handler override on an aws-cdk-lib DockerImageFunction', () => {
    const { app, stack } = limitsApp();
    const fn = new lambda.DockerImageFunction(stack, 'Image', {
      code: lambda.DockerImageCode.fromEcr(ecr.Repository.fromRepositoryName(stack, 'Repo', 'repo')),
    });
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('Handler', 'app.handler');
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Image/Resource: \`Handler\` must be absent when PackageType is Image, got: 'app.handler'.`,
    )]);
  });

  test('an unresolved Handler is still a Handler', () => {
    expect(findingsFor(RULE, { ...IMAGE, Runtime: undefined, Handler: { Ref: 'H' } })).toHaveLength(1);
  });
});
