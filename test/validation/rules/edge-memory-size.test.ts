import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { cfnEdgeFunction, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.Edge.MemorySize';

describe(RULE, () => {
  test.each([
    ['viewer-request', 128, false], ['viewer-request', 129, true], ['viewer-response', 1024, true], ['origin-request', 10_240, false],
  ])('%s with %d MB fails: %s', (eventType, memorySize, fails) => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack, eventType, { memorySize });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an L2 function in an L2 Distribution, with the message', () => {
    const { app, stack } = limitsApp();
    l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.VIEWER_RESPONSE, { memorySize: 1024 });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/EdgeFn/Resource: `MemorySize` must be 128 MB for a function used as viewer-response of Stack/Dist/Resource, got: 1024.')]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack).fn.addPropertyOverride('MemorySize', { Ref: 'M' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
