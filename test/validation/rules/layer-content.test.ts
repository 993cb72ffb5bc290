import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { errorRuleIds, limitsApp, synthErrors } from '../helpers';

const RULE = 'LambdaKit.Layer.Content';

describe(RULE, () => {
  test.each([[false, []], [true, [RULE]]])('inline code (%s) gives %j', (inline, errors) => {
    const { app, stack } = limitsApp();
    const layer = new lambda.CfnLayerVersion(stack, 'Layer', { content: { s3Bucket: 'b', s3Key: 'k', s3ObjectVersion: '1' } });
    if (inline) layer.addPropertyOverride('Content.ZipFile', 'exports.x = 1');
    expect(errorRuleIds(app)).toEqual(errors);
  });

  test('catches an override of an L2 LayerVersion to inline code', () => {
    const { app, stack } = limitsApp();
    const layer = new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'B', 'layer-bucket'), 'layer.zip') });
    (layer.node.defaultChild as lambda.CfnLayerVersion).addPropertyOverride('Content', { ZipFile: 'x' });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Layer/Resource: \`Content\` must be an S3 location (S3Bucket and S3Key), without ZipFile, got: {"S3Bucket":"layer-bucket","S3Key":"layer.zip","ZipFile":"x"}.`)]);
  });

  test('does not flag token parts', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content: { s3Bucket: 'b', s3Key: 'k' } }).addPropertyOverride('Content.S3Bucket', { Ref: 'Bucket' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
