import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { errorRuleIds, limitsApp, synthErrors } from '../helpers';

const RULE = 'LambdaKit.Layer.Description';
const content = { s3Bucket: 'b', s3Key: 'layer.zip' };

describe(RULE, () => {
  test.each([[256, false], [257, true]])('a %d-character description fails: %s', (length, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content, description: 'd'.repeat(length) });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an L2 LayerVersion', () => {
    const { app, stack } = limitsApp();
    new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'B', 'layer-bucket'), 'layer.zip'), description: 'x'.repeat(300) });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Layer/Resource: \`Description\` must be at most 256 characters`)]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content }).addPropertyOverride('Description', { Ref: 'D' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
