import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Url.CorsHeaders';
const headers = (count: number) => Array.from({ length: count }, (_, i) => `x-header-${i}`);

describe(RULE, () => {
  test.each([
    [headers(1), false], [headers(100), false], [['h'.repeat(1024)], false],
    [[], true], [headers(101), true], [['h'.repeat(1025)], true],
  ])('AllowHeaders / ExposeHeaders #%# fail: %s', (list, fails) => {
    for (const key of ['allowHeaders', 'exposeHeaders']) {
      const { app, stack } = limitsApp();
      new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM', cors: { [key]: list } });
      expect(errorRuleIds(app).includes(RULE)).toBe(fails);
    }
  });

  test('catches an L2 URL with 101 allowed headers', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn').addFunctionUrl({ cors: { allowedOrigins: ['*'], allowedHeaders: headers(101) } });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/FunctionUrl/Resource: \`Cors.AllowHeaders\` must be 1 to 100 headers of 1 to 1,024 characters each, got: ["x-header-0"`)]);
  });

  test('does not flag a token list', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM', cors: {} }).addPropertyOverride('Cors.ExposeHeaders', { Ref: 'H' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
