import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnAlias, cfnVersion, functionArn, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Alias.VersionOfSameFunction';

describe(RULE, () => {
  test.each([[false, false], [true, true]])('an additional version of another function (%s) fails: %s', (other, fails) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    const additional = cfnVersion(stack, 'V2', other ? cfnFunction(stack, 'Other') : fn);
    cfnAlias(stack, 'Alias', fn, cfnVersion(stack, 'V1', fn), { routingConfig: { additionalVersionWeights: [{ functionVersion: additional.attrVersion, functionWeight: 0.1 }] } });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('checks the main version too, and literal names match in-app functions', () => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'Named', { functionName: 'named' });
    const other = cfnFunction(stack, 'Other');
    cfnAlias(stack, 'Ok', cfnFunction(stack, 'Fn'), cfnVersion(stack, 'V', other), { functionName: 'other-name' }).addPropertyOverride('FunctionName', { Ref: other.logicalId });
    cfnAlias(stack, 'Bad', other, cfnVersion(stack, 'VNamed', other, { functionName: functionArn('named') }));
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Bad: \`FunctionVersion\` must be a version of the alias's function Stack/Other, not of Stack/Named`)]);
  });

  test('catches an L2 Alias routing to a version of another function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    const other = l2Function(stack, 'Other');
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion, additionalVersions: [{ version: other.currentVersion, weight: 0.2 }] });
    expect(synthErrors(app).filter(line => line.includes(RULE))).toEqual([
      expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`RoutingConfig.AdditionalVersionWeights.0.FunctionVersion\` must be a version of the alias's function Stack/Fn/Resource, not of Stack/Other/Resource`),
    ]);
  });

  test('does not flag a function name it cannot resolve', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    fn.addPropertyOverride('FunctionName', { Ref: 'NameParam' });
    cfnAlias(stack, 'Alias', fn, cfnVersion(stack, 'V', fn), { functionName: 'some-name' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
