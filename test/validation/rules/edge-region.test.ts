import { App, Aspects, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { cfnEdgeFunction, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { LambdaLimits } from '../../../lib';

const RULE = 'LambdaKit.Edge.Region';

function appIn(region?: string) {
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Stack', region ? { env: { account: '123456789012', region } } : {});
  Aspects.of(app).add(new LambdaLimits());
  return { app, stack };
}

describe(RULE, () => {
  test.each([['us-east-1', false], ['eu-west-1', true], [undefined, false]])('a function in %s fails: %s', (region, fails) => {
    const { app, stack } = appIn(region);
    cfnEdgeFunction(stack, 'origin-request');
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches a plain L2 function in an eu-west-1 stack attached through edgeLambdas, with the message', () => {
    const { app, stack } = appIn('eu-west-1');
    l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST);
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      "Stack/EdgeFn/Resource: `Region` must be us-east-1 for a function used as origin-request of Stack/Dist/Resource, got: 'eu-west-1'.",
    )]);
  });
});
