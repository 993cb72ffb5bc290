import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as iam from 'aws-cdk-lib/aws-iam';
import { cfnEdgeFunction, l2EdgeFunction, ruleErrors } from '../event-source-helpers';
import { limitsApp } from '../helpers';

const RULE = 'LambdaKit.Edge.RoleTrust';
const trust = (...services: string[]) => ({
  Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: services.length === 1 ? services[0] : services } }],
});

describe(RULE, () => {
  test.each([
    [['lambda.amazonaws.com', 'edgelambda.amazonaws.com'], false], [['lambda.amazonaws.com'], true], [['edgelambda.amazonaws.com'], true],
  ])('a role trusting %j fails: %s', (services, fails) => {
    const { app, stack } = limitsApp();
    const role = new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: trust(...services) });
    cfnEdgeFunction(stack, 'origin-request', { role: role.attrArn });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('the L2 Distribution adds edgelambda to an L2 role', () => {
    const { app, stack } = limitsApp();
    l2EdgeFunction(stack, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST);
    expect(ruleErrors(app, RULE)).toEqual([]);
  });

  test('catches an L1 distribution associating an L2 function whose role only trusts lambda, with the message', () => {
    const { app, stack } = limitsApp();
    const { fn, version } = cfnEdgeFunction(stack, 'origin-request');
    const role = new iam.Role(stack, 'EdgeRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    fn.role = role.roleArn;
    expect(version).toBeDefined();
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      'Stack/EdgeRole/Resource: `AssumeRolePolicyDocument` must be a trust policy that allows lambda.amazonaws.com and edgelambda.amazonaws.com to assume the role of the Lambda@Edge function Stack/Fn (missing: edgelambda.amazonaws.com)',
    )]);
  });

  test('does not flag a trust policy with tokens, or a literal role ARN', () => {
    const { app, stack } = limitsApp();
    const role = new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: { Ref: 'S' } } }] } });
    cfnEdgeFunction(stack, 'origin-request', { role: role.attrArn });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
