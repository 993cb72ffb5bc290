import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { errorRuleIds, limitsApp, synthErrors } from '../helpers';

const RULE = 'LambdaKit.Layer.LicenseInfo';
const content = { s3Bucket: 'b', s3Key: 'layer.zip' };

describe(RULE, () => {
  test.each([[512, false], [513, true]])('a %d-character license fails: %s', (length, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content, licenseInfo: 'l'.repeat(length) });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an L2 LayerVersion with the license text inlined', () => {
    const { app, stack } = limitsApp();
    new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'B', 'layer-bucket'), 'layer.zip'), license: 'Permission is hereby granted... '.repeat(20) });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Layer/Resource: \`LicenseInfo\` must be at most 512 characters`)]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content }).addPropertyOverride('LicenseInfo', { Ref: 'L' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
