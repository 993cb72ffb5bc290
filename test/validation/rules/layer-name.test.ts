import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { errorRuleIds, limitsApp, synthErrors } from '../helpers';

const RULE = 'LambdaKit.Layer.Name';
const content = { s3Bucket: 'b', s3Key: 'layer.zip' };

describe(RULE, () => {
  test.each([
    ['my-layer_1', false], ['l'.repeat(140), false], ['arn:aws:lambda:us-east-1:123456789012:layer:my-layer', false],
    ['l'.repeat(141), true], ['my layer', true], ['my.layer', true], ['', true],
  ])('LayerName %s fails: %s', (layerName, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content, layerName });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an L2 LayerVersion name with a space', () => {
    const { app, stack } = limitsApp();
    new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'B', 'layer-bucket'), 'layer.zip'), layerVersionName: 'shared utils' });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Layer/Resource: \`LayerName\` must be 1 to 140 letters, digits, hyphens or underscores (or a layer ARN), got: 'shared utils'.`)]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content }).addPropertyOverride('LayerName', { Ref: 'Name' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
