import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.ImageConfig';
const items = (count: number) => Array.from({ length: count }, (_, i) => `a${i}`);

describe(RULE, () => {
  test.each([
    ['ImageConfig.Command', items(1_500), false], ['ImageConfig.Command', items(1_501), true],
    ['ImageConfig.EntryPoint', items(1_500), false], ['ImageConfig.EntryPoint', items(1_501), true],
    ['ImageConfig.WorkingDirectory', '/'.repeat(1_000), false], ['ImageConfig.WorkingDirectory', '/'.repeat(1_001), true],
  ])('%s of size %#: fails %p', (property, value, fails) => {
    expect(findingsFor(RULE, { [property]: value })).toHaveLength(fails ? 1 : 0);
  });

  test('catches a long command on an aws-cdk-lib DockerImageFunction', () => {
    const { app, stack } = limitsApp();
    new lambda.DockerImageFunction(stack, 'Image', {
      code: lambda.DockerImageCode.fromEcr(ecr.Repository.fromRepositoryName(stack, 'Repo', 'repo'), { cmd: items(1_600) }),
    });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Image/Resource: \`ImageConfig.Command\` must be at most 1,500 items, got: '1,600 items'.`,
    )]);
  });

  test('does not flag an unresolved list', () => {
    expect(findingsFor(RULE, { 'ImageConfig.Command': { 'Fn::Split': [',', { Ref: 'Cmd' }] } })).toEqual([]);
  });
});
