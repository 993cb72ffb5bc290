import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Stack } from 'aws-cdk-lib';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.LayerCompatibility';

function layer(stack: Stack, props: Partial<lambda.CfnLayerVersionProps>) {
  new lambda.CfnLayerVersion(stack, 'Layer', { content: { s3Bucket: 'b', s3Key: 'k' }, ...props }).overrideLogicalId('Layer');
}

describe(RULE, () => {
  test.each([
    [['nodejs22.x', 'nodejs24.x'], 0], [['python3.13'], 1], [[], 0], [undefined, 0],
  ])('a layer for %p with a nodejs22.x function: %d warnings', (compatibleRuntimes, count) => {
    expect(findingsFor(RULE, { Layers: [{ Ref: 'Layer' }] }, { setup: stack => layer(stack, { compatibleRuntimes }) })).toHaveLength(count);
  });

  test.each([
    [undefined, ['x86_64'], 0], [undefined, ['arm64'], 1], [['arm64'], ['arm64'], 0], [['arm64'], ['x86_64', 'arm64'], 0], [['x86_64'], ['arm64'], 1],
  ])('function %p with a layer for %p: %d warnings', (architectures, compatibleArchitectures, count) => {
    expect(findingsFor(RULE, { Layers: [{ Ref: 'Layer' }], ...(architectures ? { Architectures: architectures } : {}) }, {
      setup: stack => layer(stack, { compatibleArchitectures }),
    })).toHaveLength(count);
  });

  test('warns on an aws-cdk-lib Function given an arm64-only layer', () => {
    const { app, stack } = limitsApp();
    const deps = new lambda.LayerVersion(stack, 'Deps', {
      code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'Bucket', 'layers'), 'deps.zip'),
      compatibleArchitectures: [lambda.Architecture.ARM_64],
    });
    l2Function(stack, 'Layered', { layers: [deps] });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Layered/Resource: \`Architectures\` must be one of the compatible architectures of layer Stack/Deps/Resource (arm64), got: 'x86_64'.`,
    )]);
  });

  test('does not flag unresolved compatibility lists', () => {
    expect(findingsFor(RULE, { Layers: [{ Ref: 'Layer' }] }, { setup: stack => layer(stack, { compatibleRuntimes: [{ Ref: 'R' } as any] }) })).toEqual([]);
  });
});
