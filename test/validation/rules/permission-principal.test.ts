import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, limitsApp } from '../helpers';
import { l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Permission.Principal';

describe(RULE, () => {
  test.each([
    ['*', false], ['123456789012', false], ['arn:aws:iam::123456789012:role/caller', false], ['s3.amazonaws.com', false],
    ['logs.us-east-1.amazonaws.com', false], ['alexa-appkit.amazon.com', false], ['events.amazonaws.com.cn', false],
    ['s3.amazonaws', true], ['S3', true], ['12345678901', true], ['s3.amazon.com.evil.example', true], ['arn:aws:iam::123:root', true],
  ])('Principal %s warns: %s', (principal, warns) => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal, sourceAccount: '123456789012' });
    expect(ruleWarnings(app, RULE).length > 0).toBe(warns);
  });

  test('warns on an L2 ServicePrincipal with a typo', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn').addPermission('P', { principal: new iam.ServicePrincipal('sns.amazonaws'), sourceAccount: '123456789012' });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/P: \`Principal\` must be a service principal (such as 's3.amazonaws.com'), a 12-digit account id, an IAM ARN or '*', got: 'sns.amazonaws'.`)]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal: 'x' }).addPropertyOverride('Principal', { Ref: 'AWS::AccountId' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
