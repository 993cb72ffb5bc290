import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.EventInvokeConfig.MaximumEventAge';

describe(RULE, () => {
  test.each([[60, false], [21_600, false], [59, true], [21_601, true]])('%d seconds fail: %s', (maximumEventAgeInSeconds, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: cfnFunction(stack, 'Fn').ref, qualifier: '$LATEST', maximumEventAgeInSeconds });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an override of an L2 config', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.configureAsyncInvoke({ retryAttempts: 1 });
    (fn.node.findChild('EventInvokeConfig').node.defaultChild as lambda.CfnEventInvokeConfig).addPropertyOverride('MaximumEventAgeInSeconds', 86_400);
    expect(synthErrors(app)).toEqual([
      expect.stringContaining(`[${RULE}] Stack/Fn/EventInvokeConfig/Resource: \`MaximumEventAgeInSeconds\` must be a whole number of seconds from 60 to 21,600, got: 86400.`),
    ]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: cfnFunction(stack, 'Fn').ref, qualifier: '$LATEST' })
      .addPropertyOverride('MaximumEventAgeInSeconds', { Ref: 'Age' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
