import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Permission.SourceArn';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:';

describe(RULE, () => {
  test.each([
    ['arn:aws:s3:::my-bucket', false], ['arn:aws-eusc:sns:eusc-de-east-1:123456789012:t', false], ['arn:aws:sns:us-east-1:123456789012:topic', false], ['arn:aws:s3:::b', false],
    [TOPIC + 't'.repeat(1024 - TOPIC.length), false], [TOPIC + 't'.repeat(1025 - TOPIC.length), true],
    ['arn:aws:s3', true], ['my-bucket', true], ['https://sqs.us-east-1.amazonaws.com/123456789012/q', true],
  ])('SourceArn %s fails: %s', (sourceArn, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal: 's3.amazonaws.com', sourceArn, sourceAccount: '123456789012' });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an L2 addPermission with a bucket name', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn').addPermission('P', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceArn: 'my-bucket', sourceAccount: '123456789012' });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/P: \`SourceArn\` must be an ARN (arn:partition:service:region:account:resource) of 12 to 1,024 characters, got: 'my-bucket'.`)]);
  });

  test.each([['a bucket', true], ['a topic', false]])('the Ref of %s fails: %s', (kind, fails) => {
    const { app, stack } = limitsApp();
    const source = kind === 'a bucket' ? new s3.Bucket(stack, 'Source').bucketName : new sns.Topic(stack, 'Source').topicArn;
    l2Function(stack, 'Fn').addPermission('P', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceArn: source, sourceAccount: '123456789012' });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
    if (fails) expect(synthErrors(app)[0]).toContain('characters, not the Ref of AWS::S3::Bucket Stack/Source/Resource (its name or URL)');
  });

  test('does not flag a reference', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal: 's3.amazonaws.com', sourceArn: 'x' })
      .addPropertyOverride('SourceArn', { 'Fn::ImportValue': 'BucketArn' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
