import * as lambda from 'aws-cdk-lib/aws-lambda';
import { errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnFunctionVersionAlias, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Alias.RoutingMaxOneVersion';

const weights = (count: number) => Array.from({ length: count }, (_, i) => ({ functionVersion: String(i + 1), functionWeight: 0.1 }));

describe(RULE, () => {
  test.each([[0, false], [1, false], [2, true], [3, true]])('%d additional versions fail: %s', (count, fails) => {
    const { app, stack } = limitsApp();
    cfnFunctionVersionAlias(stack, { routingConfig: { additionalVersionWeights: weights(count) } });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an L2 Alias with two additional versions', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    const [v1, v2, v3] = ['V1', 'V2', 'V3'].map(id => new lambda.Version(stack, id, { lambda: fn, description: id }));
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: v1, additionalVersions: [{ version: v2, weight: 0.1 }, { version: v3, weight: 0.1 }] });
    const errors = synthErrors(app).filter(line => line.includes(RULE));
    expect(errors).toEqual([expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`RoutingConfig.AdditionalVersionWeights\` must be at most 1 additional version (an alias points to at most two versions), got: [{"FunctionVersion"`)]);
  });

  test('does not flag an unknown list', () => {
    const { app, stack } = limitsApp();
    cfnFunctionVersionAlias(stack).alias.addPropertyOverride('RoutingConfig', { AdditionalVersionWeights: { 'Fn::If': ['C', [], []] } });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
