import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { describeEdgeForbidden, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

describeEdgeForbidden('LambdaKit.Edge.NoEnvironment', 'Environment.Variables', { environment: { variables: { A: 'b' } } }, { environment: { variables: {} } });

test('catches an L2 function whose variables were added by an override (the L2 check only sees addEnvironment)', () => {
  const { app, stack } = limitsApp();
  const { fn } = l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST);
  (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('Environment.Variables', { STAGE: 'prod' });
  expect(ruleErrors(app, 'LambdaKit.Edge.NoEnvironment')).toEqual([expect.stringContaining('Stack/EdgeFn/Resource: `Environment.Variables` must be absent on a Lambda@Edge function')]);
});
