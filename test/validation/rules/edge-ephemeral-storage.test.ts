import { Size } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { cfnEdgeFunction, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

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

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack).fn.addPropertyOverride('EphemeralStorage.Size', { Ref: 'S' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
