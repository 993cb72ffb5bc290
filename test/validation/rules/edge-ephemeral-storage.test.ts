import { App, Aspects, Size, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { cfnEdgeFunction, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';
import { LambdaLimits } from '../../../lib';

const RULE = 'LambdaKit.Edge.EphemeralStorage';

describe(RULE, () => {
  test.each([[512, false], [513, true]])('%d MB fails: %s', (size, fails) => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack, 'origin-request', { ephemeralStorage: { size } });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an L2 function, with the message', () => {
    const { app, stack } = limitsApp();
    l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST, { ephemeralStorageSize: Size.gibibytes(1) });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/EdgeFn/Resource: `EphemeralStorage.Size` must be at most 512 MB for a Lambda@Edge function, got: 1024.')]);
  });

  test.each([['us-east-1', 512, false], ['us-east-1', 1024, true], ['eu-west-1', 512, false], ['eu-west-1', 1024, true]])(
    'an EdgeFunction of a %s stack, in no distribution yet, with %d MB fails: %s', (region, size, fails) => {
      // Outside us-east-1 the function lives in a us-east-1 stack of its own, apart from its EdgeFunction.
      const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
      const stack = new Stack(app, 'Stack', { env: { account: '123456789012', region } });
      new cloudfront.experimental.EdgeFunction(stack, 'Edge', {
        runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('x'), ephemeralStorageSize: Size.mebibytes(size),
      });
      Aspects.of(app).add(new LambdaLimits());
      expect(ruleErrors(app, RULE)).toEqual(fails ? [expect.stringMatching(/\/Edge(\/Fn)?\/Resource: `EphemeralStorage.Size` must be at most 512 MB/)] : []);
    });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack).fn.addPropertyOverride('EphemeralStorage.Size', { Ref: 'S' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
