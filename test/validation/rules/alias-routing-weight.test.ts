import * as lambda from 'aws-cdk-lib/aws-lambda';
import { errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnFunctionVersionAlias, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Alias.RoutingWeight';

describe(RULE, () => {
  test.each([[0, false], [0.5, false], [1, false], [-0.01, true], [1.01, true], [1.5, true]])('weight %d fails: %s', (functionWeight, fails) => {
    const { app, stack } = limitsApp();
    cfnFunctionVersionAlias(stack, { routingConfig: { additionalVersionWeights: [{ functionVersion: '1', functionWeight }] } });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test.each([[[0.5, 0.5], false], [[0.6, 0.5], true]])('weights %j sum fails: %s', (pair, fails) => {
    const { app, stack } = limitsApp();
    const additionalVersionWeights = pair.map((functionWeight, i) => ({ functionVersion: String(i + 1), functionWeight }));
    cfnFunctionVersionAlias(stack, { routingConfig: { additionalVersionWeights } });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an escape-hatch override of an L2 Alias', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    const alias = new lambda.Alias(stack, 'Live', {
      aliasName: 'live', version: fn.currentVersion, additionalVersions: [{ version: new lambda.Version(stack, 'V2', { lambda: fn }), weight: 0.1 }],
    });
    (alias.node.defaultChild as lambda.CfnAlias).addPropertyOverride('RoutingConfig.AdditionalVersionWeights.0.FunctionWeight', 10);
    expect(synthErrors(app).filter(line => line.includes(RULE))).toEqual([
      expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`RoutingConfig.AdditionalVersionWeights.0.FunctionWeight\` must be from 0.0 to 1.0 (the share of traffic the additional version receives), got: 10.`),
    ]);
  });

  test('does not flag a token weight', () => {
    const { app, stack } = limitsApp();
    cfnFunctionVersionAlias(stack, { routingConfig: { additionalVersionWeights: [{ functionVersion: '1', functionWeight: 0.1 }] } })
      .alias.addPropertyOverride('RoutingConfig.AdditionalVersionWeights.0.FunctionWeight', { Ref: 'WeightParam' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
