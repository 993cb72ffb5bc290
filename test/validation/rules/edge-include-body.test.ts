import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { cfnDistribution, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.Edge.IncludeBody';
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:edge:1';

describe(RULE, () => {
  test.each([
    ['viewer-request', true, false], ['origin-request', true, false], ['viewer-response', true, true], ['origin-response', true, true], ['origin-response', false, false],
  ])('%s with IncludeBody %s fails: %s', (eventType, includeBody, fails) => {
    const { app, stack } = limitsApp();
    cfnDistribution(stack, 'Dist', [{ eventType, lambdaFunctionArn: ARN, includeBody }]);
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an override of an L2 Distribution, with the message', () => {
    const { app, stack } = limitsApp();
    const { distribution } = l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.ORIGIN_RESPONSE);
    (distribution.node.defaultChild as cloudfront.CfnDistribution).addPropertyOverride('DistributionConfig.DefaultCacheBehavior.LambdaFunctionAssociations.0.IncludeBody', true);
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      '`DistributionConfig.DefaultCacheBehavior.LambdaFunctionAssociations.0.IncludeBody` must be absent for a origin-response trigger (only request triggers can read the body), got: true.',
    )]);
  });

  test('does not flag a token event type', () => {
    const { app, stack } = limitsApp();
    cfnDistribution(stack, 'Dist', [{ eventType: { Ref: 'E' } as any, lambdaFunctionArn: ARN, includeBody: true }]);
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
