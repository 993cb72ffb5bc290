import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Url.CorsMaxAge';

describe(RULE, () => {
  test.each([[0, false], [86_400, false], [-1, true], [86_401, true]])('MaxAge %d fails: %s', (maxAge, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM', cors: { maxAge } });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an override of an L2 URL', () => {
    const { app, stack } = limitsApp();
    const url = l2Function(stack, 'Fn').addFunctionUrl({ cors: { allowedOrigins: ['https://example.com'] } });
    (url.node.defaultChild as lambda.CfnUrl).addPropertyOverride('Cors.MaxAge', 100_000);
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/FunctionUrl/Resource: \`Cors.MaxAge\` must be a whole number of seconds from 0 to 86,400, got: 100000.`)]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM', cors: {} }).addPropertyOverride('Cors.MaxAge', { Ref: 'Age' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
