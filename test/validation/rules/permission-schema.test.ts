import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Permission.Schema';

function permission(path?: string, value?: unknown, remove?: string) {
  const { app, stack } = limitsApp();
  const resource = new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal: '123456789012' });
  if (path) resource.addPropertyOverride(path, value);
  if (remove) resource.addPropertyDeletionOverride(remove);
  return app;
}

describe(RULE, () => {
  test.each([
    ['InvokedViaFunctionUrl', true, false], ['InvokedViaFunctionUrl', 'yes', true], ['SourceAccount', ['123456789012'], true], ['Qualifier', 'live', true],
  ])('%s = %j fails: %s', (path, value, fails) => {
    expect(errorRuleIds(permission(path, value)).includes(RULE)).toBe(fails);
  });

  test.each(['Action', 'FunctionName', 'Principal'])('a missing %s fails', (property) => {
    expect(synthErrors(permission(undefined, undefined, property))).toContainEqual(expect.stringContaining(`[${RULE}] Stack/P: \`${property}\` must be present (the resource schema requires it)`));
  });

  test('catches an unknown property added to an L2 permission, with its message', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.addPermission('P', { principal: new iam.AccountPrincipal('123456789012') });
    (fn.node.findChild('P') as lambda.CfnPermission).addPropertyOverride('Qualifier', 'live');
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/P: \`Qualifier\` must be absent: AWS::Lambda::Permission has no property Qualifier (its properties: Action, FunctionName, Principal,`)]);
  });

  test('does not flag intrinsics', () => {
    expect(errorRuleIds(permission('InvokedViaFunctionUrl', { Ref: 'P' }))).toEqual([]);
  });
});
