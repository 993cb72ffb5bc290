import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { errorRuleIds, limitsApp, synthErrors } from '../helpers';

const RULE = 'LambdaKit.Layer.Permission';

function permission(overrides: Partial<lambda.CfnLayerVersionPermissionProps>) {
  const { app, stack } = limitsApp();
  new lambda.CfnLayerVersionPermission(stack, 'Share', {
    layerVersionArn: 'arn:aws:lambda:us-east-1:123456789012:layer:my-layer:1', action: 'lambda:GetLayerVersion', principal: '111111111111', ...overrides,
  });
  return app;
}

describe(RULE, () => {
  test.each([
    [{}, false],
    [{ principal: '*' }, false],
    [{ principal: '*', organizationId: 'o-abcdefghij' }, false],
    [{ principal: 'arn:aws:iam::111111111111:root' }, false],
    [{ principal: '111111111111', organizationId: 'o-abcdefghij' }, true],
    [{ principal: '*', organizationId: 'o-short' }, true],
    [{ action: 'lambda:InvokeFunction' }, true],
    [{ principal: 'arn:aws:iam::111111111111:role/r' }, true],
  ])('%j fails: %s', (overrides, fails) => {
    expect(errorRuleIds(permission(overrides)).includes(RULE)).toBe(fails);
  });

  test('catches an override of an L2 layer permission', () => {
    const { app, stack } = limitsApp();
    const layer = new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'B', 'layer-bucket'), 'layer.zip') });
    layer.addPermission('Org', { accountId: '*', organizationId: 'o-abcdefghij' });
    const share = layer.node.findAll().find(lambda.CfnLayerVersionPermission.isCfnLayerVersionPermission)!;
    share.addPropertyOverride('Principal', '111111111111');
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] ${share.node.path}: \`OrganizationId\` must be absent unless Principal is '*', got: 'o-abcdefghij'.`)]);
  });

  test('does not flag tokens', () => {
    const app = permission({});
    const { app: tokenApp, stack } = limitsApp();
    new lambda.CfnLayerVersionPermission(stack, 'Share', { layerVersionArn: 'x', action: 'lambda:GetLayerVersion', principal: 'x', organizationId: 'o-abcdefghij' })
      .addPropertyOverride('Principal', { Ref: 'Account' });
    expect(errorRuleIds(app)).toEqual([]);
    expect(errorRuleIds(tokenApp)).toEqual([]);
  });
});
