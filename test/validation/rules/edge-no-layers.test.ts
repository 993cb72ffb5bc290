import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { describeEdgeForbidden, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

describeEdgeForbidden('LambdaKit.Edge.NoLayers', 'Layers', { layers: ['arn:aws:lambda:us-east-1:123456789012:layer:l:1'] }, { layers: [] });

test('catches an L2 function with a layer in an L2 Distribution, with the message', () => {
  const { app, stack } = limitsApp();
  const layer = lambda.LayerVersion.fromLayerVersionArn(stack, 'Layer', 'arn:aws:lambda:us-east-1:123456789012:layer:l:1');
  l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.ORIGIN_RESPONSE, { layers: [layer] });
  expect(ruleErrors(app, 'LambdaKit.Edge.NoLayers')).toEqual([expect.stringContaining(
    'Stack/EdgeFn/Resource: `Layers` must be absent on a Lambda@Edge function (layers is not supported at the edge), got: ["arn:aws:lambda:us-east-1:123456789012:layer:l:1"].',
  )]);
});
