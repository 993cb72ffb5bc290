import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Url.InvokeMode';

describe(RULE, () => {
  test.each([['BUFFERED', false], ['RESPONSE_STREAM', false], ['STREAM', true], ['buffered', true]])('InvokeMode %s fails: %s', (invokeMode, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM', invokeMode });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an override of an L2 URL', () => {
    const { app, stack } = limitsApp();
    const url = l2Function(stack, 'Fn').addFunctionUrl({ invokeMode: lambda.InvokeMode.BUFFERED });
    (url.node.defaultChild as lambda.CfnUrl).addPropertyOverride('InvokeMode', 'STREAMING');
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/FunctionUrl/Resource: \`InvokeMode\` must be BUFFERED or RESPONSE_STREAM, got: 'STREAMING'.`)]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM' }).addPropertyOverride('InvokeMode', { Ref: 'Mode' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
