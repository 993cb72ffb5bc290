import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnVersion, functionArn, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.EventInvokeConfig.OnePerQualifier';

describe(RULE, () => {
  test.each([
    ['live', 'live', true], ['live', 'prod', false], ['$LATEST', '$LATEST', true], ['1', '2', false],
  ])('qualifiers %s and %s fail: %s', (a, b, fails) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    new lambda.CfnEventInvokeConfig(stack, 'A', { functionName: fn.ref, qualifier: a });
    new lambda.CfnEventInvokeConfig(stack, 'B', { functionName: fn.ref, qualifier: b });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('matches a function named by Ref, GetAtt and literal name', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn', { functionName: 'my-fn' });
    new lambda.CfnEventInvokeConfig(stack, 'A', { functionName: fn.ref, qualifier: 'live' });
    new lambda.CfnEventInvokeConfig(stack, 'B', { functionName: functionArn('my-fn'), qualifier: 'live' });
    new lambda.CfnEventInvokeConfig(stack, 'C', { functionName: fn.attrArn, qualifier: 'live' });
    expect(errorRuleIds(app)).toEqual([RULE, RULE]);
  });

  test('two configs on one Version resource fail; on two Versions they do not', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    const [v1, v2] = [cfnVersion(stack, 'V1', fn), cfnVersion(stack, 'V2', fn)];
    new lambda.CfnEventInvokeConfig(stack, 'A', { functionName: fn.ref, qualifier: v1.attrVersion });
    new lambda.CfnEventInvokeConfig(stack, 'B', { functionName: fn.ref, qualifier: v2.attrVersion });
    new lambda.CfnEventInvokeConfig(stack, 'C', { functionName: fn.ref, qualifier: v1.attrVersion });
    expect(synthErrors(app).filter(line => line.includes(RULE))).toEqual([expect.stringContaining(`[${RULE}] Stack/C: \`Qualifier\` must be a qualifier without another EventInvokeConfig (Stack/A already configures version Stack/V1)`)]);
  });

  test('catches two L2 EventInvokeConfigs for one alias', () => {
    const { app, stack } = limitsApp();
    const alias = l2Function(stack, 'Fn').addAlias('live');
    alias.configureAsyncInvoke({ retryAttempts: 0 });
    new lambda.EventInvokeConfig(stack, 'Second', { function: alias.lambda, qualifier: 'live', retryAttempts: 1 });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Second/Resource: \`Qualifier\` must be a qualifier without another EventInvokeConfig (Stack/Fn/Aliaslive/EventInvokeConfig/Resource already configures 'live')`)]);
  });

  test('does not group unknown functions', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnEventInvokeConfig(stack, 'A', { functionName: 'x', qualifier: 'live' }).addPropertyOverride('FunctionName', { 'Fn::ImportValue': 'F' });
    new lambda.CfnEventInvokeConfig(stack, 'B', { functionName: 'x', qualifier: 'live' }).addPropertyOverride('FunctionName', { 'Fn::ImportValue': 'F' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
