import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Destination.Arn';
const queueArn = (name: string) => `arn:aws:sqs:us-east-1:123456789012:${name}`;

function config(destination: unknown) {
  const { app, stack } = limitsApp();
  new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: cfnFunction(stack, 'Fn').ref, qualifier: '$LATEST' })
    .addPropertyOverride('DestinationConfig.OnFailure.Destination', destination);
  return app;
}

describe(RULE, () => {
  test.each([
    [queueArn('q'), false], ['arn:aws:s3:::bucket', false], ['arn:aws-us-gov:sqs:us-gov-west-1:123456789012:q', false], ['arn:aws-iso:sqs:us-iso-east-1:123456789012:q', false], [queueArn('q'.repeat(350 - queueArn('').length)), false],
    [queueArn('q'.repeat(351 - queueArn('').length)), true], ['my-queue', true], ['https://sqs.us-east-1.amazonaws.com/123456789012/q', true],
  ])('destination %s fails: %s', (destination, fails) => {
    expect(errorRuleIds(config(destination)).includes(RULE)).toBe(fails);
  });

  test.each([
    ['the Ref of a queue (its URL)', true], ['the Ref of a topic (its ARN)', false],
  ])('%s fails: %s', (_, fails) => {
    const { app, stack } = limitsApp();
    const target = fails ? new sqs.CfnQueue(stack, 'Target') : new sns.CfnTopic(stack, 'Target');
    new lambda.CfnEventInvokeConfig(stack, 'Config', { functionName: cfnFunction(stack, 'Fn').ref, qualifier: '$LATEST', destinationConfig: { onFailure: { destination: target.ref } } });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
    if (fails) expect(synthErrors(app)[0]).toContain("must be an ARN, not the Ref of AWS::SQS::Queue Stack/Target (its URL or name), got: {\"Ref\":\"Target\"}. Use { 'Fn::GetAtt': ['Target', 'Arn'] }");
  });

  test('does not flag a reference', () => {
    expect(errorRuleIds(config({ 'Fn::ImportValue': 'QueueArn' }))).toEqual([]);
  });

  test('catches an escape-hatch override of an L2 config', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.configureAsyncInvoke({ retryAttempts: 0 });
    (fn.node.findChild('EventInvokeConfig').node.defaultChild as lambda.CfnEventInvokeConfig).addPropertyOverride('DestinationConfig.OnSuccess.Destination', 'my-queue');
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/EventInvokeConfig/Resource: \`DestinationConfig.OnSuccess.Destination\` must be an ARN of at most 350 characters, got: 'my-queue'.`)]);
  });
});
