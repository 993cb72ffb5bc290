import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { errorRuleIds, limitsApp, synthErrors } from '../helpers';

const RULE = 'LambdaKit.Layer.Schema';

describe(RULE, () => {
  test.each([
    ['CompatibleRuntimes', ['nodejs22.x'], false], ['CompatibleRuntimes', 'nodejs22.x', true], ['Content', 's3://b/k', true], ['LicenceInfo', 'MIT', true],
  ])('LayerVersion %s = %j fails: %s', (path, value, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content: { s3Bucket: 'b', s3Key: 'k' } }).addPropertyOverride(path, value);
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test.each(['Content', 'Content.S3Bucket', 'Content.S3Key'])('a LayerVersion without %s fails', (removed) => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content: { s3Bucket: 'b', s3Key: 'k' }, description: 'd' }).addPropertyDeletionOverride(removed);
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Layer: \`${removed}\` must be present (the resource schema requires it)`)]);
  });

  test.each(['Action', 'LayerVersionArn', 'Principal'])('a LayerVersionPermission without %s fails', (removed) => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersionPermission(stack, 'Share', { layerVersionArn: 'arn:aws:lambda:us-east-1:123456789012:layer:l:1', action: 'lambda:GetLayerVersion', principal: '*' })
      .addPropertyDeletionOverride(removed);
    expect(errorRuleIds(app)).toEqual([RULE]);
  });

  test('catches a wrong-typed override of an L2 LayerVersion', () => {
    const { app, stack } = limitsApp();
    const layer = new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'B', 'layer-bucket'), 'layer.zip') });
    (layer.node.defaultChild as lambda.CfnLayerVersion).addPropertyOverride('CompatibleArchitectures', 'arm64');
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Layer/Resource: \`CompatibleArchitectures\` must be a list (the resource schema's type), got: 'arm64'.`)]);
  });

  test('does not flag intrinsics', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content: { s3Bucket: 'b', s3Key: 'k' } }).addPropertyOverride('Content', { 'Fn::If': ['C', { S3Bucket: 'b', S3Key: 'k' }, { Ref: 'AWS::NoValue' }] });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
