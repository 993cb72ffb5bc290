import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Permission.PrincipalOrgId';

describe(RULE, () => {
  test.each([
    ['o-abcdefghij', false], [`o-${'a'.repeat(32)}`, false], ['o-abcdefghi', true], [`o-${'a'.repeat(33)}`, true], ['o-ABCDEFGHIJ', true], ['r-abcd', true],
  ])('PrincipalOrgID %s fails: %s', (principalOrgId, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal: '*', principalOrgId });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an override of an L2 organization permission', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.addPermission('Org', { principal: new iam.OrganizationPrincipal('o-abcdefghij') });
    (fn.node.findChild('Org') as lambda.CfnPermission).addPropertyOverride('PrincipalOrgID', 'r-ab12');
    expect(synthErrors(app)).toEqual([
      expect.stringContaining(`[${RULE}] Stack/Fn/Org: \`PrincipalOrgID\` must be an organization id: 'o-' and 10 to 32 lower-case letters or digits, got: 'r-ab12'.`),
    ]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal: '*' }).addPropertyOverride('PrincipalOrgID', { Ref: 'Org' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
