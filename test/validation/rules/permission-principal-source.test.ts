import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { cfnFunction, limitsApp } from '../helpers';
import { l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Permission.PrincipalMatchesSource';

describe(RULE, () => {
  test.each([
    ['s3.amazonaws.com', 'arn:aws:s3:::bucket', 0],
    ['apigateway.amazonaws.com', 'arn:aws:execute-api:us-east-1:123456789012:abc/*', 0],
    ['events.amazonaws.com', 'arn:aws:events:us-east-1:123456789012:rule/r', 0],
    ['s3.amazonaws.com', 'arn:aws:sqs:us-east-1:123456789012:q', 1],
    ['sns.amazonaws.com', 'arn:aws:events:us-east-1:123456789012:rule/r', 1],
    ['apigateway.amazonaws.com', 'arn:aws:apigateway:us-east-1::/restapis/abc', 1],
    ['bedrock.amazonaws.com', 'arn:aws:s3:::bucket', 0],
  ])('principal %s with %s: %d warnings', (principal, sourceArn, warnings) => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal, sourceArn, sourceAccount: '123456789012' });
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('reads Fn::Join ARNs and in-app resources (L2 addPermission)', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.addPermission('Queue', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceArn: new sqs.Queue(stack, 'Q').queueArn, sourceAccount: '123456789012' });
    fn.addPermission('Api', { principal: new iam.ServicePrincipal('apigateway.amazonaws.com'), sourceArn: stack.formatArn({ service: 'execute-api', resource: 'abc', resourceName: '*' }) });
    fn.addPermission('Wrong', { principal: new iam.ServicePrincipal('sns.amazonaws.com'), sourceArn: stack.formatArn({ service: 'execute-api', resource: 'abc', resourceName: '*' }) });
    const warnings = ruleWarnings(app, RULE);
    expect(warnings).toHaveLength(2);
    expect(warnings).toContainEqual(expect.stringContaining(`[${RULE}] Stack/Fn/Queue: \`SourceArn\` must be an ARN of 's3' to match the principal s3.amazonaws.com (it names a 'sqs' resource)`));
    expect(warnings).toContainEqual(expect.stringContaining(`[${RULE}] Stack/Fn/Wrong: \`SourceArn\` must be an ARN of 'sns' to match the principal sns.amazonaws.com (it names a 'execute-api' resource)`));
  });

  test('does not flag an ARN it cannot read', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal: 's3.amazonaws.com', sourceArn: 'x' })
      .addPropertyOverride('SourceArn', { 'Fn::Join': ['', [{ Ref: 'Prefix' }, ':bucket']] });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
