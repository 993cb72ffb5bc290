import { Stack } from 'aws-cdk-lib';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.DeadLetterTarget';
const target = (arn: unknown) => ({ 'DeadLetterConfig.TargetArn': arn });

describe(RULE, () => {
  test.each([
    ['arn:aws:sqs:us-east-1:123456789012:dlq', false],
    ['arn:aws:sns:us-east-1:123456789012:alerts', false],
    ['arn:aws:sqs:us-east-1:123456789012:dlq.fifo', true],
    ['arn:aws:sns:us-east-1:123456789012:alerts.fifo', true],
    ['arn:aws:lambda:us-east-1:123456789012:function:other', true],
    ['https://sqs.us-east-1.amazonaws.com/123456789012/dlq', true],
  ])('TargetArn %p fails: %p', (arn, fails) => {
    expect(findingsFor(RULE, target(arn))).toHaveLength(fails ? 1 : 0);
  });

  const queue = (fifo: boolean) => (stack: Stack) => new sqs.CfnQueue(stack, 'Queue', fifo ? { fifoQueue: true } : {}).overrideLogicalId('Queue');
  const topic = (fifo: boolean) => (stack: Stack) => new sns.CfnTopic(stack, 'Topic', fifo ? { fifoTopic: true } : {}).overrideLogicalId('Topic');

  test.each([
    ['a standard queue ARN', queue(false), { 'Fn::GetAtt': ['Queue', 'Arn'] }, false],
    ['a FIFO queue ARN', queue(true), { 'Fn::GetAtt': ['Queue', 'Arn'] }, true],
    ['a queue Ref (its URL)', queue(false), { Ref: 'Queue' }, true],
    ['a standard topic', topic(false), { Ref: 'Topic' }, false],
    ['a FIFO topic', topic(true), { Ref: 'Topic' }, true],
  ])('an in-app target: %s', (_name, setup, arn, fails) => {
    expect(findingsFor(RULE, target(arn), { setup })).toHaveLength(fails ? 1 : 0);
  });

  test('catches a FIFO dead-letter queue on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Worker', { deadLetterQueue: new sqs.Queue(stack, 'Dlq', { fifo: true }) });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Worker/Resource: \`DeadLetterConfig.TargetArn\` must be a standard SQS queue or standard SNS topic, got: 'Stack/Dlq/Resource, a FIFO queue'.`,
    )]);
  });

  test('catches a FIFO topic imported by ARN', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Worker', { deadLetterTopic: sns.Topic.fromTopicArn(stack, 'Topic', 'arn:aws:sns:us-east-1:123456789012:events.fifo') });
    expect(ruleFindings(app, RULE)).toHaveLength(1);
  });

  test('does not flag an imported value', () => {
    expect(findingsFor(RULE, target({ 'Fn::ImportValue': 'DlqArn' }))).toEqual([]);
  });
});
