import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { cfnEdgeFunction, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.Edge.Runtime';

describe(RULE, () => {
  test.each([['nodejs22.x', false], ['python3.13', false], ['java21', true], ['provided.al2023', true]])('%s fails: %s', (runtime, fails) => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack, 'origin-request', { runtime });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches a Java L2 function, with the message', () => {
    const { app, stack } = limitsApp();
    l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST, { runtime: lambda.Runtime.JAVA_21, code: lambda.Code.fromBucketV2(s3.Bucket.fromBucketName(stack, 'B', 'code-bucket'), 'k.zip') });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining("Stack/EdgeFn/Resource: `Runtime` must be a Node.js or Python runtime for a Lambda@Edge function, got: 'java21'.")]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    cfnEdgeFunction(stack).fn.addPropertyOverride('Runtime', { Ref: 'R' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
