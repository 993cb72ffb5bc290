import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnEdgeFunction, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.Edge.RuntimeManagement';

describe(RULE, () => {
  test.each([['Auto', false], ['FunctionUpdate', true], ['Manual', true]])('%s fails: %s', (updateRuntimeOn, fails) => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack, 'origin-request', { runtimeManagementConfig: { updateRuntimeOn } });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an L2 function, with the message', () => {
    const { app, stack } = limitsApp();
    l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST, { runtimeManagementMode: lambda.RuntimeManagementMode.FUNCTION_UPDATE });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining("`RuntimeManagementConfig.UpdateRuntimeOn` must be Auto for a Lambda@Edge function, got: 'FunctionUpdate'.")]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack).fn.addPropertyOverride('RuntimeManagementConfig.UpdateRuntimeOn', { Ref: 'M' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
