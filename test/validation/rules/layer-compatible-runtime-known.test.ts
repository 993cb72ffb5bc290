import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { limitsApp } from '../helpers';
import { ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Layer.CompatibleRuntimeKnown';
const content = { s3Bucket: 'b', s3Key: 'layer.zip' };

describe(RULE, () => {
  test.each([[['nodejs22.x', 'python3.13'], 0], [['nodejs22'], 1], [['node22.x', 'Python3.13'], 2]])('%j: %d warnings', (compatibleRuntimes, warnings) => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content, compatibleRuntimes });
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('warns on an L2 LayerVersion with a hand-made runtime', () => {
    const { app, stack } = limitsApp();
    new lambda.LayerVersion(stack, 'Layer', {
      code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'B', 'layer-bucket'), 'layer.zip'), compatibleRuntimes: [new lambda.Runtime('nodejs-22')],
    });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Layer/Resource: \`CompatibleRuntimes\` must be a list of Lambda runtime identifiers such as nodejs22.x, python3.13 or java21, got: 'nodejs-22'.`)]);
  });

  test('does not flag token items', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnLayerVersion(stack, 'Layer', { content }).addPropertyOverride('CompatibleRuntimes', [{ Ref: 'Runtime' }]);
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
