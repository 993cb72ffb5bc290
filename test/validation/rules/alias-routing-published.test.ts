import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnAlias, cfnVersion, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Alias.RoutingPublishedVersions';

describe(RULE, () => {
  test.each([
    ['1', '2', false], ['$LATEST', '2', true], ['1', '$LATEST', true], ['1', 'live', true], ['$LATEST.PUBLISHED', '2', false],
  ])('FunctionVersion %s + additional %s fails: %s', (primary, additional, fails) => {
    const { app, stack } = limitsApp();
    cfnAlias(stack, 'Alias', cfnFunction(stack, 'Fn'), primary, { routingConfig: { additionalVersionWeights: [{ functionVersion: additional, functionWeight: 0.1 }] } });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('$LATEST without routing is fine', () => {
    const { app, stack } = limitsApp();
    cfnAlias(stack, 'Alias', cfnFunction(stack, 'Fn'), '$LATEST');
    expect(errorRuleIds(app)).toEqual([]);
  });

  test('Version resources are published', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    const additional = cfnVersion(stack, 'V2', fn);
    cfnAlias(stack, 'Alias', fn, cfnVersion(stack, 'V1', fn), { routingConfig: { additionalVersionWeights: [{ functionVersion: additional.attrVersion, functionWeight: 0.1 }] } });
    expect(errorRuleIds(app)).not.toContain(RULE);
  });

  test('catches an L2 Alias on latestVersion with routing', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.latestVersion, additionalVersions: [{ version: fn.currentVersion, weight: 0.1 }] });
    expect(synthErrors(app)).toEqual([
      expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`FunctionVersion\` must be a published version when the alias has a RoutingConfig (an alias with routing cannot point to $LATEST), got: '$LATEST'.`),
    ]);
  });
});
