import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { errorRuleIds, limitsApp, synthErrors } from '../helpers';

const RULE = 'LambdaKit.Layer.CompatibleArchitectures';
const content = { s3Bucket: 'b', s3Key: 'layer.zip' };

describe(RULE, () => {
  test.each([
    [['x86_64'], false], [['x86_64', 'arm64'], false], [['x86_64', 'arm64', 'x86_64'], true], [['amd64'], true], [['ARM64'], true],
  ])('CompatibleArchitectures %j fails: %s', (compatibleArchitectures, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content, compatibleArchitectures });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an L2 LayerVersion with three architectures', () => {
    const { app, stack } = limitsApp();
    new lambda.LayerVersion(stack, 'Layer', {
      code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'B', 'layer-bucket'), 'layer.zip'),
      compatibleArchitectures: [lambda.Architecture.X86_64, lambda.Architecture.ARM_64, lambda.Architecture.X86_64],
    });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Layer/Resource: \`CompatibleArchitectures\` must be at most 2 of x86_64, arm64, got: ["x86_64","arm64","x86_64"].`)]);
  });

  test('does not flag token items', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content }).addPropertyOverride('CompatibleArchitectures', [{ Ref: 'Arch' }]);
    expect(errorRuleIds(app)).toEqual([]);
  });
});
