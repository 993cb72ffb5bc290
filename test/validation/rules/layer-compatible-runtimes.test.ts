import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { errorRuleIds, limitsApp, synthErrors } from '../helpers';

const RULE = 'LambdaKit.Layer.CompatibleRuntimes';
const content = { s3Bucket: 'b', s3Key: 'layer.zip' };
const RUNTIMES = ['nodejs20.x', 'nodejs22.x', 'nodejs24.x', 'python3.10', 'python3.11', 'python3.12', 'python3.13', 'python3.14',
  'java11', 'java17', 'java21', 'java25', 'ruby3.3', 'ruby3.4', 'provided.al2023', 'dotnet8'];

describe(RULE, () => {
  test.each([[1, false], [15, false], [16, true]])('%d runtimes fail: %s', (count, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content, compatibleRuntimes: RUNTIMES.slice(0, count) });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an L2 LayerVersion with 16 runtimes', () => {
    const { app, stack } = limitsApp();
    new lambda.LayerVersion(stack, 'Layer', {
      code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'B', 'layer-bucket'), 'layer.zip'),
      compatibleRuntimes: RUNTIMES.map(name => new lambda.Runtime(name)),
    });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Layer/Resource: \`CompatibleRuntimes\` must be at most 15 runtimes, got: ["nodejs20.x"`)]);
  });

  test('does not flag a token list', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content }).addPropertyOverride('CompatibleRuntimes', { Ref: 'Runtimes' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
