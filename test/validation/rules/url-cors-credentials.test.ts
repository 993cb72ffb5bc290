import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, limitsApp } from '../helpers';
import { l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Url.CorsCredentialsWildcard';

describe(RULE, () => {
  test.each([[true, ['*'], 1], [false, ['*'], 0], [true, ['https://example.com'], 0]])('credentials %s with origins %j: %d warnings', (allowCredentials, allowOrigins, warnings) => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM', cors: { allowCredentials, allowOrigins } });
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('warns on an L2 URL', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn').addFunctionUrl({ cors: { allowCredentials: true, allowedOrigins: ['*'] } });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/FunctionUrl/Resource: \`Cors.AllowOrigins\` must be explicit origins when AllowCredentials is true (not '*'), got: ["*"].`)]);
  });

  test('does not flag a token AllowCredentials', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM', cors: { allowOrigins: ['*'] } })
      .addPropertyOverride('Cors.AllowCredentials', { Ref: 'Creds' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
