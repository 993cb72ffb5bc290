import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnDistribution, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { cfnFunction, limitsApp } from '../helpers';

const RULE = 'LambdaKit.Edge.NumberedVersion';
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:edge';

describe(RULE, () => {
  test.each([[`${ARN}:3`, false], [`${ARN}:$LATEST`, true], [ARN, true], [`${ARN}:live`, true]])('%s fails: %s', (lambdaFunctionArn, fails) => {
    const { app, stack } = limitsApp();
    cfnDistribution(stack, 'Dist', [{ eventType: 'origin-request', lambdaFunctionArn }]);
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test.each([['version', false], ['function', true], ['alias', true]])('a same-app %s fails: %s', (kind, fails) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    const version = new lambda.CfnVersion(stack, 'V', { functionName: fn.ref });
    const alias = new lambda.CfnAlias(stack, 'A', { functionName: fn.ref, functionVersion: version.attrVersion, name: 'live' });
    const lambdaFunctionArn = kind === 'version' ? version.ref : kind === 'function' ? fn.attrArn : alias.ref;
    cfnDistribution(stack, 'Dist', [{ eventType: 'origin-request', lambdaFunctionArn }]);
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('accepts an L2 currentVersion; catches an override to $LATEST, with the message', () => {
    const { app, stack } = limitsApp();
    const { distribution } = l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST);
    (distribution.node.defaultChild as cloudfront.CfnDistribution).addPropertyOverride(
      'DistributionConfig.DefaultCacheBehavior.LambdaFunctionAssociations.0.LambdaFunctionARN', `${ARN}:$LATEST`);
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      `Stack/Dist/Resource: \`DistributionConfig.DefaultCacheBehavior.LambdaFunctionAssociations.0.LambdaFunctionARN\` must be the ARN of a numbered version of the function (got the unqualified function, that is $LATEST), got: '${ARN}:$LATEST'.`,
    )]);
  });

  test('does not flag an imported ARN', () => {
    const { app, stack } = limitsApp();
    cfnDistribution(stack, 'Dist', [{ eventType: 'origin-request', lambdaFunctionArn: { 'Fn::ImportValue': 'EdgeArn' } as any }]);
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
