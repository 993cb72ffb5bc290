import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnEdgeFunction, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { cfnFunction, limitsApp } from '../helpers';

const RULE = 'LambdaKit.Edge.NoProvisionedConcurrency';

describe(RULE, () => {
  test('fails on the version of an edge function', () => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack, 'origin-request').version.provisionedConcurrencyConfig = { provisionedConcurrentExecutions: 2 };
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/Version: `ProvisionedConcurrencyConfig` must be absent for a version or alias of the Lambda@Edge function Stack/Fn')]);
  });

  test('not on other functions', () => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack, 'origin-request');
    const other = cfnFunction(stack, 'Other');
    new lambda.CfnVersion(stack, 'OtherVersion', { functionName: other.ref, provisionedConcurrencyConfig: { provisionedConcurrentExecutions: 2 } });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });

  test('catches an L2 alias with provisioned concurrency on an edge function', () => {
    const { app, stack } = limitsApp();
    const { fn } = l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST);
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion, provisionedConcurrentExecutions: 5 });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/Live/Resource: `ProvisionedConcurrencyConfig` must be absent for a version or alias of the Lambda@Edge function Stack/EdgeFn/Resource')]);
  });
});
