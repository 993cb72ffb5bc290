import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Url.AuthType';

describe(RULE, () => {
  test.each([['AWS_IAM', false], ['NONE', false], ['IAM', true], ['none', true]])('AuthType %s fails: %s', (authType, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('a missing AuthType is the schema rule\'s', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'x' }).addPropertyDeletionOverride('AuthType');
    expect(errorRuleIds(app)).toEqual(['LambdaKit.Url.Schema']);
  });

  test('catches an override of an L2 URL', () => {
    const { app, stack } = limitsApp();
    const url = l2Function(stack, 'Fn').addFunctionUrl();
    (url.node.defaultChild as lambda.CfnUrl).addPropertyOverride('AuthType', 'PUBLIC');
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/FunctionUrl/Resource: \`AuthType\` must be AWS_IAM or NONE, got: 'PUBLIC'.`)]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'x' }).addPropertyOverride('AuthType', { Ref: 'Auth' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
