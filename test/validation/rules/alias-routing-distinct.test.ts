import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, limitsApp } from '../helpers';
import { cfnAlias, cfnVersion, l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Alias.RoutingDistinctVersions';

describe(RULE, () => {
  test.each([['1', '1', true], ['1', '2', false]])('versions %s and %s warn: %s', (primary, additional, warns) => {
    const { app, stack } = limitsApp();
    cfnAlias(stack, 'Alias', cfnFunction(stack, 'Fn'), primary, { routingConfig: { additionalVersionWeights: [{ functionVersion: additional, functionWeight: 0.1 }] } });
    expect(ruleWarnings(app, RULE).length > 0).toBe(warns);
  });

  test('warns on an L2 Alias routing a version to itself', () => {
    const { app, stack } = limitsApp();
    const version = l2Function(stack, 'Fn').currentVersion;
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version, additionalVersions: [{ version, weight: 0.5 }] });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`RoutingConfig.AdditionalVersionWeights.0.FunctionVersion\` must be a different version than the alias's FunctionVersion`)]);
  });

  test('two different Version resources are distinct, and unknown versions are not compared', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    const v2 = cfnVersion(stack, 'V2', fn);
    cfnAlias(stack, 'A', fn, cfnVersion(stack, 'V1', fn), { routingConfig: { additionalVersionWeights: [{ functionVersion: v2.attrVersion, functionWeight: 0.1 }] } });
    cfnAlias(stack, 'B', fn, '1', { name: 'b', routingConfig: { additionalVersionWeights: [{ functionVersion: '1', functionWeight: 0.1 }] } })
      .addPropertyOverride('FunctionVersion', { Ref: 'VersionParam' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
