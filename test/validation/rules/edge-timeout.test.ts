import { App, Aspects, Duration, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnEdgeFunction, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { cfnFunction, limitsApp } from '../helpers';
import { LambdaLimits } from '../../../lib';

const RULE = 'LambdaKit.Edge.Timeout';

describe(RULE, () => {
  test.each([
    ['viewer-request', 5, false], ['viewer-response', 6, true], ['origin-request', 30, false], ['origin-response', 31, true], ['origin-request', 6, false],
  ])('%s with Timeout %d fails: %s', (eventType, timeout, fails) => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack, eventType, { timeout });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('a function that is not used at the edge is not checked', () => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'Fn', { timeout: 900 });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });

  test('catches an L2 function in an L2 Distribution, with the message', () => {
    const { app, stack } = limitsApp();
    l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.VIEWER_REQUEST, { timeout: Duration.seconds(30) });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/EdgeFn/Resource: \`Timeout\` must be at most 5 seconds for a function used as viewer-request of Stack/Dist/Resource, got: 30.`,
    )]);
  });

  test('catches a cloudfront.experimental.EdgeFunction in its own us-east-1 stack, through the cross-region ARN reader', () => {
    const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
    Aspects.of(app).add(new LambdaLimits());
    const edge = new cloudfront.experimental.EdgeFunction(stack, 'Edge', {
      runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}'), timeout: Duration.seconds(10),
    });
    new cloudfront.Distribution(stack, 'Dist', {
      defaultBehavior: {
        origin: new origins.HttpOrigin('example.com'),
        edgeLambdas: [{ functionVersion: edge.currentVersion, eventType: cloudfront.LambdaEdgeEventType.VIEWER_RESPONSE }],
      },
    });
    expect(ruleErrors(app, RULE)).toEqual([
      expect.stringMatching(/edge-lambda-stack-\w+\/Edge\/Resource: `Timeout` must be at most 5 seconds for a function used as viewer-response/),
    ]);
  });

  test('does not flag a token timeout', () => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack).fn.addPropertyOverride('Timeout', { Ref: 'T' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
