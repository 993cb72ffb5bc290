import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.EventInvokeConfig.MaximumRetryAttempts';

describe(RULE, () => {
  test.each([[0, false], [2, false], [-1, true], [3, true], [1.5, true]])('%d retries fail: %s', (maximumRetryAttempts, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: cfnFunction(stack, 'Fn').ref, qualifier: '$LATEST', maximumRetryAttempts });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an override of an L2 config', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.configureAsyncInvoke({ retryAttempts: 1 });
    (fn.node.findChild('EventInvokeConfig').node.defaultChild as lambda.CfnEventInvokeConfig).addPropertyOverride('MaximumRetryAttempts', 5);
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/EventInvokeConfig/Resource: \`MaximumRetryAttempts\` must be a whole number from 0 to 2, got: 5.`)]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: cfnFunction(stack, 'Fn').ref, qualifier: '$LATEST' })
      .addPropertyOverride('MaximumRetryAttempts', { Ref: 'Retries' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
