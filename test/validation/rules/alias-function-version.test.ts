import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnAlias, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Alias.FunctionVersion';

describe(RULE, () => {
  test.each([['1', false], ['42', false], ['$LATEST', false], ['$LATEST.PUBLISHED', false], ['live', true], ['$latest', true], ['1.0', true]])(
    'FunctionVersion %s fails: %s', (version, fails) => {
      const { app, stack } = limitsApp();
      cfnAlias(stack, 'Alias', cfnFunction(stack, 'Fn'), version);
      expect(errorRuleIds(app).includes(RULE)).toBe(fails);
    });

  test('catches an L2 alias on an imported version given by ARN-ish text', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    const version = lambda.Version.fromVersionAttributes(stack, 'Imported', { lambda: fn, version: 'v1' });
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`FunctionVersion\` must be a version number, $LATEST or $LATEST.PUBLISHED, got: 'v1'`)]);
  });

  test('does not flag the GetAtt of a Version', () => {
    const { app, stack } = limitsApp();
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: l2Function(stack, 'Fn').currentVersion });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
