import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { cfnFunction, limitsApp } from '../helpers';
import { l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Permission.SourceCondition';

describe(RULE, () => {
  test.each([
    ['s3.amazonaws.com', undefined, undefined, 1],
    ['s3.amazonaws.com', 'arn:aws:s3:::bucket', undefined, 1],
    ['s3.amazonaws.com', 'arn:aws:s3:::bucket', '123456789012', 0],
    ['sns.amazonaws.com', 'arn:aws:sns:us-east-1:123456789012:topic', undefined, 0],
    ['events.amazonaws.com', undefined, '123456789012', 0],
    ['123456789012', undefined, undefined, 0],
    ['*', undefined, undefined, 0],
  ])('principal %s, SourceArn %s, SourceAccount %s: %d warnings', (principal, sourceArn, sourceAccount, warnings) => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal, sourceArn, sourceAccount });
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('warns on an L2 grantInvoke to a service and on an L2 bucket ARN without account', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
    fn.addPermission('Bucket', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceArn: new s3.Bucket(stack, 'B').bucketArn });
    const warnings = ruleWarnings(app, RULE);
    expect(warnings).toHaveLength(2);
    expect(warnings).toContainEqual(expect.stringContaining('`SourceArn` must be set for the service principal events.amazonaws.com (or SourceAccount), so that only your resources can invoke the function, got: undefined.'));
    expect(warnings).toContainEqual(expect.stringContaining(`[${RULE}] Stack/Fn/Bucket: \`SourceAccount\` must be set when the SourceArn has no account id`));
  });

  test('does not flag an ARN it cannot read', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal: 's3.amazonaws.com', sourceArn: 'x' })
      .addPropertyOverride('SourceArn', { 'Fn::ImportValue': 'Arn' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
