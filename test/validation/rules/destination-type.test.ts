import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Destination.Type';

function config(side: 'OnSuccess' | 'OnFailure', destination: string) {
  const { app, stack } = limitsApp();
  new lambda.CfnEventInvokeConfig(stack, 'Config', {
    functionName: cfnFunction(stack, 'Fn').ref, qualifier: '$LATEST', destinationConfig: { [side === 'OnSuccess' ? 'onSuccess' : 'onFailure']: { destination } },
  });
  return app;
}

describe(RULE, () => {
  test.each([
    ['OnSuccess', 'arn:aws:sqs:us-east-1:123456789012:q', false],
    ['OnSuccess', 'arn:aws:sns:us-east-1:123456789012:t', false],
    ['OnSuccess', 'arn:aws:lambda:us-east-1:123456789012:function:f', false],
    ['OnSuccess', 'arn:aws:events:us-east-1:123456789012:event-bus/default', false],
    ['OnSuccess', 'arn:aws:s3:::bucket', true],
    ['OnFailure', 'arn:aws:s3:::bucket', false],
    ['OnFailure', 'arn:aws:dynamodb:us-east-1:123456789012:table/t', true],
    ['OnFailure', 'arn:aws:events:us-east-1:123456789012:rule/r', true],
    ['OnFailure', 'arn:aws:kinesis:us-east-1:123456789012:stream/s', true],
  ] as const)('%s %s fails: %s', (side, destination, fails) => {
    expect(errorRuleIds(config(side, destination)).includes(RULE)).toBe(fails);
  });

  test('catches an L2 S3Destination on success', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn', { onSuccess: new destinations.S3Destination(new s3.Bucket(stack, 'Bucket')) });
    const errors = synthErrors(app).filter(line => line.includes(RULE));
    expect(errors).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/EventInvokeConfig/Resource: \`DestinationConfig.OnSuccess.Destination\` must be an OnSuccess destination: SQS queue, SNS topic, Lambda function, EventBridge event bus, got: 'AWS::S3::Bucket Stack/Bucket/Resource'. S3 buckets only receive failed invocations`)]);
  });

  test('catches an in-app resource of an unsupported type', () => {
    const { app, stack } = limitsApp();
    const table = new dynamodb.CfnTable(stack, 'Table', { keySchema: [{ attributeName: 'pk', keyType: 'HASH' }], attributeDefinitions: [{ attributeName: 'pk', attributeType: 'S' }] });
    new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: cfnFunction(stack, 'Fn').ref, qualifier: '$LATEST', destinationConfig: { onFailure: { destination: table.attrArn } } });
    expect(errorRuleIds(app)).toEqual([RULE]);
  });

  test('does not flag an unknown destination', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: cfnFunction(stack, 'Fn').ref, qualifier: '$LATEST', destinationConfig: { onSuccess: { destination: 'x' } } })
      .addPropertyOverride('DestinationConfig.OnSuccess.Destination', { 'Fn::ImportValue': 'Bucket' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
