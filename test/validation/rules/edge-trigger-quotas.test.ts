import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { cfnDistribution, l2EdgeFunction, ruleWarnings } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.Edge.TriggerQuotas';
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:edge:1';

describe(RULE, () => {
  test.each([[100, 0], [101, 1]])('%d triggers on one distribution: %d warnings', (count, warnings) => {
    const { app, stack } = limitsApp();
    const dist = cfnDistribution(stack, 'Dist', [{ eventType: 'viewer-request', lambdaFunctionArn: ARN }]);
    dist.addPropertyOverride('DistributionConfig.CacheBehaviors', Array.from({ length: count - 1 }, (_, i) => ({
      PathPattern: `/p${i}/*`, TargetOriginId: 'origin', ViewerProtocolPolicy: 'allow-all', ForwardedValues: { QueryString: false },
      LambdaFunctionAssociations: [{ EventType: 'origin-request', LambdaFunctionARN: ARN }],
    })));
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test.each([[25, 0], [26, 1]])('%d distributions with triggers in one account: %d warnings', (count, warnings) => {
    const { app, stack } = limitsApp();
    for (let i = 0; i < count; i++) cfnDistribution(stack, `Dist${i}`, [{ eventType: 'viewer-request', lambdaFunctionArn: ARN }]);
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('an L2 Distribution with one trigger is fine', () => {
    const { app, stack } = limitsApp();
    l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST);
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
