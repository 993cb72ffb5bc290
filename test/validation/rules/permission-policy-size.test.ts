import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function, ruleErrors, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Permission.PolicySize';
const ENVELOPE = '{"Version":"2012-10-17","Id":"default","Statement":[]}'.length;

/** `count` API Gateway permissions of identical size on one function named `my-fn`. */
function apiPermissions(stack: Stack, count: number, functionName = 'my-fn') {
  for (let i = 0; i < count; i++) {
    new lambda.CfnPermission(stack, `P${String(i).padStart(4, '0')}`, {
      functionName, action: 'lambda:InvokeFunction', principal: 'apigateway.amazonaws.com',
      sourceArn: `arn:aws:execute-api:us-east-1:123456789012:abcdefghij/prod/GET/items/${String(i).padStart(4, '0')}`,
    });
  }
}

// The statement Lambda stores for P0000 (statement id estimated as <stack>-<logical id>-<12 characters>).
const STATEMENT = JSON.stringify({
  Sid: 'Stack-P0000-xxxxxxxxxxxx', Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'lambda:InvokeFunction',
  Resource: 'arn:aws:lambda:us-east-1:123456789012:function:my-fn',
  Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:execute-api:us-east-1:123456789012:abcdefghij/prod/GET/items/0000' } },
});
const sizeOf = (count: number) => ENVELOPE + count * STATEMENT.length + count - 1;
const largestCount = (limit: number) => Math.floor((limit - ENVELOPE + 1) / (STATEMENT.length + 1));

describe(RULE, () => {
  test.each([
    ['at the limit', largestCount(20_480), 0],
    ['just above the limit', largestCount(20_480) + 1, 1],
  ])('%s: %d permissions give %d errors', (_, count, errors) => {
    const { app, stack } = limitsApp();
    apiPermissions(stack, count);
    expect(sizeOf(count) <= 20_480).toBe(errors === 0);
    expect(ruleErrors(app, RULE)).toHaveLength(errors);
  });

  test.each([[largestCount(16_384), 0], [largestCount(16_384) + 1, 1]])('%d permissions give %d warnings above 80 %%', (count, warnings) => {
    const { app, stack } = limitsApp();
    apiPermissions(stack, count);
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('counts each function and qualifier separately', () => {
    const { app, stack } = limitsApp();
    // Each policy stays under 80 %; together they would be over the limit.
    const count = largestCount(16_384);
    expect(sizeOf(2 * count)).toBeGreaterThan(20_480);
    apiPermissions(stack, count, 'my-fn');
    for (let i = 0; i < count; i++) {
      new lambda.CfnPermission(stack, `Q${String(i).padStart(4, '0')}`, { functionName: 'my-fn:live', action: 'lambda:InvokeFunction', principal: 'apigateway.amazonaws.com',
        sourceArn: `arn:aws:execute-api:us-east-1:123456789012:abcdefghij/prod/GET/items/${String(i).padStart(4, '0')}` });
    }
    expect(errorRuleIds(app)).toEqual([]);
  });

  test('reports on the function, through L2 addPermission with a message', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    for (let i = 0; i < 150; i++) {
      fn.addPermission(`Route${i}`, {
        principal: new iam.ServicePrincipal('apigateway.amazonaws.com'),
        sourceArn: `arn:aws:execute-api:us-east-1:123456789012:abcdefghij/prod/GET/some/long/resource/path/${i}`,
      });
    }
    const errors = synthErrors(app);
    expect(errors).toHaveLength(1);
    const expected = '[LambdaKit.Permission.PolicySize] Stack/Fn/Resource: `resource-based policy` must be at most 20,480 bytes (PolicyLengthExceededException), got: \'about ';
    expect(errors[0]).toContain(expected);
    expect(errors[0]).toMatch(/got: 'about \d\d,\d{3} bytes from 150 AWS::Lambda::Permission statements'/);
  });

  test('estimates unknown references low: what is flagged with literal ARNs is not with imported ones', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn', { functionName: 'my-fn' });
    for (let i = 0; i < largestCount(20_480) + 1; i++) {
      new lambda.CfnPermission(stack, `P${i}`, { functionName: fn.ref, action: 'lambda:InvokeFunction', principal: 'sns.amazonaws.com', sourceArn: 'x' })
        .addPropertyOverride('SourceArn', { 'Fn::ImportValue': `Topic${i}` });
    }
    expect(errorRuleIds(app)).toEqual([]);
  });
});
