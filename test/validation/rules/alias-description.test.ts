import * as lambda from 'aws-cdk-lib/aws-lambda';
import { errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnFunctionVersionAlias, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Alias.Description';

describe(RULE, () => {
  test.each([[256, false], [257, true]])('a %d-character description fails: %s', (length, fails) => {
    const { app, stack } = limitsApp();
    cfnFunctionVersionAlias(stack, { description: 'd'.repeat(length) });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an L2 Alias', () => {
    const { app, stack } = limitsApp();
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: l2Function(stack, 'Fn').currentVersion, description: 'x'.repeat(257) });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`Description\` must be at most 256 characters`)]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    cfnFunctionVersionAlias(stack).alias.addPropertyOverride('Description', { 'Fn::ImportValue': 'X' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
