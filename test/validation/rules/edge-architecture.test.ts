import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { cfnEdgeFunction, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.Edge.Architecture';

describe(RULE, () => {
  test.each([[undefined, false], [['x86_64'], false], [['arm64'], true]])('%j fails: %s', (architectures, fails) => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack, 'origin-request', { architectures });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an arm64 L2 function, with the message', () => {
    const { app, stack } = limitsApp();
    l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST, { architecture: lambda.Architecture.ARM_64 });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/EdgeFn/Resource: `Architectures` must be x86_64 for a Lambda@Edge function, got: ["arm64"].')]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack).fn.addPropertyOverride('Architectures', [{ Ref: 'A' }]);
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
