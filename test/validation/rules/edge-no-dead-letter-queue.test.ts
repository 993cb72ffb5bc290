import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { describeEdgeForbidden, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

describeEdgeForbidden(
  'LambdaKit.Edge.NoDeadLetterQueue', 'DeadLetterConfig.TargetArn', { deadLetterConfig: { targetArn: 'arn:aws:sqs:us-east-1:123456789012:dlq' } }, { deadLetterConfig: {} }, true,
);

test('catches an L2 function with a dead-letter queue', () => {
  const { app, stack } = limitsApp();
  l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST, { deadLetterQueueEnabled: true });
  expect(ruleErrors(app, 'LambdaKit.Edge.NoDeadLetterQueue')).toEqual([expect.stringContaining('Stack/EdgeFn/Resource: `DeadLetterConfig.TargetArn` must be absent on a Lambda@Edge function')]);
});
