import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Url.CorsOrigins';
const origins = (count: number) => Array.from({ length: count }, (_, i) => `https://site${i}.example.com`);

describe(RULE, () => {
  test.each([
    [origins(1), false], [origins(100), false], [['h'.repeat(253)], false],
    [[], true], [origins(101), true], [['h'.repeat(254)], true], [[''], true],
  ])('AllowOrigins #%# fails: %s', (allowOrigins, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM', cors: { allowOrigins } });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an L2 URL with 101 origins', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn').addFunctionUrl({ cors: { allowedOrigins: origins(101) } });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/FunctionUrl/Resource: \`Cors.AllowOrigins\` must be 1 to 100 origins of 1 to 253 characters each, got: ["https://site0.example.com"`)]);
  });

  test('does not flag a token list or token items', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'A', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM', cors: {} }).addPropertyOverride('Cors.AllowOrigins', { Ref: 'Origins' });
    new lambda.CfnUrl(stack, 'B', { targetFunctionArn: cfnFunction(stack, 'Fn2').attrArn, authType: 'AWS_IAM', cors: {} }).addPropertyOverride('Cors.AllowOrigins', [{ Ref: 'Origin' }]);
    expect(errorRuleIds(app)).toEqual([]);
  });
});
