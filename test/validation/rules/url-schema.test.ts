import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Url.Schema';

function url(path?: string, value?: unknown, remove?: string) {
  const { app, stack } = limitsApp();
  const resource = new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM', cors: {} });
  if (path) resource.addPropertyOverride(path, value);
  if (remove) resource.addPropertyDeletionOverride(remove);
  return app;
}

describe(RULE, () => {
  test.each([
    ['Cors.AllowCredentials', true, false], ['Cors.AllowCredentials', 'true', false], ['Cors.AllowCredentials', '', true],
    ['Cors.MaxAge', 'c', true], ['Cors.AllowOrigins', 'https://example.com', true], ['Cors.AllowHeaders', '.]XTjB', true],
    ['Cors.AllowMethods', 'GET', true], ['Cors.ExposeHeaders', [{ name: 'x' }], true], ['Cors', 'x', true],
  ])('%s = %j fails: %s', (path, value, fails) => {
    expect(errorRuleIds(url(path, value)).includes(RULE)).toBe(fails);
  });

  test.each(['AuthType', 'TargetFunctionArn'])('a missing %s fails', (property) => {
    expect(synthErrors(url(undefined, undefined, property))).toContainEqual(expect.stringContaining(`[${RULE}] Stack/Url: \`${property}\` must be present (the resource schema requires it)`));
  });

  test('catches a wrong-typed override of an L2 URL', () => {
    const { app, stack } = limitsApp();
    const resource = l2Function(stack, 'Fn').addFunctionUrl({ cors: { allowedOrigins: ['https://example.com'] } });
    (resource.node.defaultChild as lambda.CfnUrl).addPropertyOverride('Cors.AllowOrigins', 'https://example.com');
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/FunctionUrl/Resource: \`Cors.AllowOrigins\` must be a list (the resource schema's type), got: 'https://example.com'.`)]);
  });

  test('does not flag intrinsics', () => {
    expect(errorRuleIds(url('Cors.AllowOrigins', { Ref: 'Origins' }))).toEqual([]);
  });
});
