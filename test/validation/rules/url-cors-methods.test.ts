import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Url.CorsMethods';

describe(RULE, () => {
  test.each([
    [['GET'], false], [['*'], false], [['GET', 'PUT', 'HEAD', 'POST', 'PATCH', 'DELETE'], false],
    [[], true], [['GET', 'PUT', 'HEAD', 'POST', 'PATCH', 'DELETE', '*'], true], [['OPTIONS'], true], [['get'], true],
  ])('AllowMethods %j fails: %s', (allowMethods, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM', cors: { allowMethods } });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an L2 URL with seven methods', () => {
    const { app, stack } = limitsApp();
    const { GET, PUT, HEAD, POST, PATCH, DELETE, ALL } = lambda.HttpMethod;
    const methods = [GET, PUT, HEAD, POST, PATCH, DELETE, ALL];
    l2Function(stack, 'Fn').addFunctionUrl({ cors: { allowedMethods: methods } });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/FunctionUrl/Resource: \`Cors.AllowMethods\` must be 1 to 6 of GET, PUT, HEAD, POST, PATCH, DELETE, *, got: ["GET"`)]);
  });

  test('does not flag token items', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM', cors: { allowMethods: ['GET'] } })
      .addPropertyOverride('Cors.AllowMethods', [{ Ref: 'Method' }]);
    expect(errorRuleIds(app)).toEqual([]);
  });
});
