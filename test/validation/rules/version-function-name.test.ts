import * as lambda from 'aws-cdk-lib/aws-lambda';
import { errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { functionArn } from '../versioning-helpers';

const RULE = 'LambdaKit.Version.FunctionName';

describe(RULE, () => {
  test.each([
    ['my-function', false],
    [functionArn('my-function'), false],
    ['123456789012:function:my-function', false],
    ['arn:aws-iso:lambda:us-iso-east-1:123456789012:function:my-function:$LATEST.PUBLISHED', false],
    ['arn:aws-eusc:lambda:eusc-de-east-1:123456789012:function:my-function', false],
    ['f'.repeat(140), false],
    ['f'.repeat(141), true],
    ['my function', true],
    ['arn:aws:s3:::bucket', true],
    ['', true],
  ])('FunctionName %s fails: %s', (functionName, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnVersion(stack, 'Version', { functionName });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an imported function with a bad name through the L2 Version', () => {
    const { app, stack } = limitsApp();
    new lambda.Version(stack, 'V', { lambda: lambda.Function.fromFunctionArn(stack, 'Imported', functionArn('my.function')) });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/V/Resource: \`FunctionName\` must be a function name, partial ARN or function ARN of 1 to 140 characters, got: 'my.function'`)]);
  });

  test('does not flag a reference', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnVersion(stack, 'Version', { functionName: 'x' }).addPropertyOverride('FunctionName', { Ref: 'NameParam' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
