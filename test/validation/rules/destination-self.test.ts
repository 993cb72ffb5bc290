import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import { cfnFunction, limitsApp } from '../helpers';
import { l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Destination.SelfInvocation';

describe(RULE, () => {
  test.each([[true, 1], [false, 0]])('destination is the function itself (%s): %d warnings', (self, warnings) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    const destination = self ? fn.attrArn : cfnFunction(stack, 'Other').attrArn;
    new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: fn.ref, qualifier: '$LATEST', destinationConfig: { onFailure: { destination } } });
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('warns on an L2 function that is its own destination', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.configureAsyncInvoke({ onSuccess: new destinations.LambdaDestination(fn) });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/EventInvokeConfig/Resource: \`DestinationConfig.OnSuccess.Destination\` must be another function than the one whose invocations it receives`)]);
  });

  test('does not flag an unknown destination', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: fn.ref, qualifier: '$LATEST', destinationConfig: { onFailure: { destination: 'x' } } })
      .addPropertyOverride('DestinationConfig.OnFailure.Destination', { 'Fn::ImportValue': 'Fn' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
