import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.EventInvokeConfig.Schema';

function config(path?: string, value?: unknown, remove?: string) {
  const { app, stack } = limitsApp();
  const resource = new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: cfnFunction(stack, 'Fn').ref, qualifier: '$LATEST' });
  if (path) resource.addPropertyOverride(path, value);
  if (remove) resource.addPropertyDeletionOverride(remove);
  return app;
}

describe(RULE, () => {
  test.each([
    ['MaximumRetryAttempts', 1, false], ['MaximumRetryAttempts', '1', false], ['MaximumRetryAttempts', false, true], ['MaximumRetryAttempts', 'Z&4u_', true],
    ['MaximumEventAgeInSeconds', 'an hour', true], ['DestinationConfig.OnFailure', { Destinaton: 'arn:aws:sqs:us-east-1:123456789012:q' }, true], ['DestinationConfig.OnFailure', 'x', true],
    ['DestinationConfig.OnSuccess.Destination', 'arn:aws:sqs:us-east-1:123456789012:q', false],
  ])('%s = %j fails: %s', (path, value, fails) => {
    expect(errorRuleIds(config(path, value)).includes(RULE)).toBe(fails);
  });

  test.each(['Qualifier', 'FunctionName'])('a missing %s fails', (property) => {
    expect(synthErrors(config(undefined, undefined, property))).toEqual([expect.stringContaining(`[${RULE}] Stack/Config: \`${property}\` must be present (the resource schema requires it)`)]);
  });

  test('catches a wrong-typed override of an L2 config', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.configureAsyncInvoke({ retryAttempts: 1 });
    (fn.node.findChild('EventInvokeConfig').node.defaultChild as lambda.CfnEventInvokeConfig).addPropertyOverride('MaximumRetryAttempts', true);
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/EventInvokeConfig/Resource: \`MaximumRetryAttempts\` must be a whole number (the resource schema's type), got: true.`)]);
  });

  test('does not flag intrinsics', () => {
    expect(errorRuleIds(config('MaximumRetryAttempts', { Ref: 'P' }))).toEqual([]);
  });
});
