import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Permission.SourceAccount';

describe(RULE, () => {
  test.each([['123456789012', false], ['012345678901', false], ['12345678901', true], ['1234567890123', true], ['my-account', true]])(
    'SourceAccount %s fails: %s', (sourceAccount, fails) => {
      const { app, stack } = limitsApp();
      new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal: 's3.amazonaws.com', sourceAccount });
      expect(errorRuleIds(app).includes(RULE)).toBe(fails);
    });

  test('catches an L2 addPermission with a short account', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn').addPermission('P', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceAccount: '12345', sourceArn: 'arn:aws:s3:::bucket' });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/P: \`SourceAccount\` must be a 12-digit account id, got: '12345'.`)]);
  });

  test('does not flag the account pseudo parameter', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal: 's3.amazonaws.com', sourceAccount: 'x' })
      .addPropertyOverride('SourceAccount', { Ref: 'AWS::AccountId' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
