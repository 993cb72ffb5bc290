import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { cfnMapping, esmApp, l2Function, ruleWarnings, SOURCE_ARNS } from '../event-source-helpers';
import { cfnFunction } from '../helpers';

const RULE = 'LambdaKit.EventSourceMapping.PollPermissions';
const TRUST = { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }] };
const allow = (...actions: string[]) => ({ Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] });

describe(RULE, () => {
  test.each([
    [['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], 0], [['sqs:*'], 0], [['sqs:Receive*', 'sqs:DeleteMessage', 'sqs:Get*'], 0],
    [['*'], 0], [['sqs:ReceiveMessage'], 1], [['s3:GetObject'], 1],
  ])('an SQS mapping whose role allows %j: %d warnings', (actions, count) => {
    const { app, stack } = esmApp();
    const role = new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: TRUST, policies: [{ policyName: 'p', policyDocument: allow(...actions) }] });
    cfnMapping(stack, 'M', cfnFunction(stack, 'Worker', { role: role.attrArn }));
    expect(ruleWarnings(app, RULE)).toHaveLength(count);
  });

  test('catches a raw L2 EventSourceMapping (which grants nothing) of an L2 queue, with the message', () => {
    const { app, stack } = esmApp();
    const fn = l2Function(stack, 'Worker');
    new lambda.EventSourceMapping(stack, 'M', { target: fn, eventSourceArn: new sqs.Queue(stack, 'Queue').queueArn });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(
      "Stack/M/Resource: `FunctionName` must be a function whose execution role allows sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes (to poll an SQS queue), got: 'function Stack/Worker/Resource with role Stack/Worker/ServiceRole/Resource'.",
    )]);
  });

  test('the L2 event sources grant what they need; so do the AWS managed execution policies', () => {
    const { app, stack } = esmApp();
    const fn = l2Function(stack, 'Worker');
    fn.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Queue')));
    fn.addEventSource(new sources.KinesisEventSource(new kinesis.Stream(stack, 'Stream'), { startingPosition: lambda.StartingPosition.LATEST }));
    const other = l2Function(stack, 'Other');
    other.role!.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaKinesisExecutionRole'));
    cfnMapping(stack, 'M', other.node.defaultChild as lambda.CfnFunction, { eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: 'LATEST' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });

  test('unknown policies, unknown managed policies and queue policies make the answer unknown', () => {
    const { app, stack } = esmApp();
    const unknownAction = new iam.CfnRole(stack, 'R1', { assumeRolePolicyDocument: TRUST, policies: [{ policyName: 'p', policyDocument: { Statement: [{ Effect: 'Allow', Action: { Ref: 'A' }, Resource: '*' }] } }] });
    cfnMapping(stack, 'M1', cfnFunction(stack, 'F1', { role: unknownAction.attrArn }));
    const customerManaged = new iam.CfnRole(stack, 'R2', { assumeRolePolicyDocument: TRUST, managedPolicyArns: ['arn:aws:iam::123456789012:policy/mine'] });
    cfnMapping(stack, 'M2', cfnFunction(stack, 'F2', { role: customerManaged.attrArn }));
    expect(ruleWarnings(app, RULE)).toEqual([]);

    const withQueuePolicy = esmApp();
    const role = new iam.CfnRole(withQueuePolicy.stack, 'Role', { assumeRolePolicyDocument: TRUST });
    new sqs.CfnQueuePolicy(withQueuePolicy.stack, 'QueuePolicy', { queues: ['https://sqs.us-east-1.amazonaws.com/123456789012/orders'], policyDocument: allow('sqs:*') });
    cfnMapping(withQueuePolicy.stack, 'M', cfnFunction(withQueuePolicy.stack, 'Worker', { role: role.attrArn }));
    expect(ruleWarnings(withQueuePolicy.app, RULE)).toEqual([]);
  });
});
