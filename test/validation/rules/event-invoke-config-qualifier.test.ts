import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { functionArn, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.EventInvokeConfig.Qualifier';

describe(RULE, () => {
  test.each([
    ['$LATEST', false], ['3', false], ['live', false], ['a'.repeat(128), false],
    ['a'.repeat(129), true], ['', true], [functionArn('fn', 'live'), true], ['my.alias', true],
  ])('qualifier %s fails: %s', (qualifier, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: cfnFunction(stack, 'Fn').ref, qualifier });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('names the limit in its message', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: cfnFunction(stack, 'Fn').ref, qualifier: 'my alias' });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Config: \`Qualifier\` must be $LATEST, a version number or an alias name of at most 128 characters, got: 'my alias'.`)]);
  });

  test('accepts the qualifiers L2 versions and aliases render', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.currentVersion.configureAsyncInvoke({ retryAttempts: 0 });
    fn.addAlias('live').configureAsyncInvoke({ retryAttempts: 0 });
    expect(errorRuleIds(app)).toEqual([]);
  });

  test('catches an L2 EventInvokeConfig with an ARN as qualifier', () => {
    const { app, stack } = limitsApp();
    new lambda.EventInvokeConfig(stack, 'Config', { function: l2Function(stack, 'Fn'), qualifier: functionArn('fn', 'live') });
    expect(errorRuleIds(app)).toEqual([RULE]);
  });
});
