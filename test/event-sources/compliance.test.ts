import { App, Duration, Stack } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as events from 'aws-cdk-lib/aws-events';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EventSource, QueuePair, ServerlessFunction, Trigger } from '../../lib';
import { complianceFindings, complianceReport } from '../support/compliance';

const ENV = { account: '123456789012', region: 'eu-west-1' };
const REQUIRED = {
  runtime: lambda.Runtime.NODEJS_24_X,
  code: lambda.Code.fromInline('exports.handler = async () => ({ batchItemFailures: [] });'),
  handler: 'index.handler',
};

function sqsAndKinesis(stack: Stack) {
  const pair = new QueuePair(stack, 'Orders');
  // AwsSolutions-KDS3 asks for the aws/kinesis key, which is the Stream default.
  const stream = new kinesis.Stream(stack, 'Clicks', { encryption: kinesis.StreamEncryption.MANAGED });
  new ServerlessFunction(stack, 'Fn', { ...REQUIRED, eventSources: [EventSource.sqs(pair.queue), EventSource.kinesis(stream)] });
}

describe('Event sources compliance', () => {
  test('a function with an SQS and a Kinesis source, defaults otherwise: zero unacknowledged findings from AwsSolutions, Serverless, Control Tower and the CloudFormation validator', () => {
    const report = complianceReport(app => sqsAndKinesis(new Stack(app, 'Sources', { env: ENV })), { nagPacks: ['AwsSolutions', 'Serverless'] });
    expect(report.findings).toEqual([]);
    const ownPath = (path: string) => /EventSource|Sqs|Kinesis|Orders/.test(path) && !path.endsWith('/Fn/DeadLetterQueue');
    expect(report.unusedAcknowledgements.filter(acknowledgement => ownPath(acknowledgement.acknowledgedAt))).toEqual([]);
    // Every acknowledgement made by event sources is per finding, on the narrowest construct, with its reason.
    const ours = report.acknowledged.filter(finding => ownPath(finding.acknowledgedAt));
    expect(ours.map(finding => `${finding.ruleId} @ ${finding.acknowledgedAt}`).sort()).toEqual([
      // Serverless asks every mapping for an on-failure destination; Lambda refuses one on SQS mappings (the queue's redrive policy does it).
      'AwsSolutions-SQS3 @ Sources/Fn/KinesisSourcesClicks5E1CB40A/OnFailureQueue',
      'Serverless-LambdaEventSourceMappingDestination @ Sources/Fn/SqsSourcesOrdersQueueBE73BC22/Resource',
      // The on-failure queue and the pair's dead-letter queue are themselves the last stop of failed records.
      'Serverless-SQSRedrivePolicy @ Sources/Fn/KinesisSourcesClicks5E1CB40A/OnFailureQueue',
      'Serverless-SQSRedrivePolicy @ Sources/Orders/DeadLetterQueue',
      'cdk-validator-cfnguard::sqs_dlq_check @ Sources/Fn/KinesisSourcesClicks5E1CB40A/OnFailureQueue',
    ]);
    expect(ours.every(finding => finding.reason.length > 40)).toBe(true);
  });

  test('a function with a FIFO queue pair as its source: zero unacknowledged findings', () => {
    const findings = complianceFindings(app => {
      const stack = new Stack(app, 'Fifo', { env: ENV });
      const pair = new QueuePair(stack, 'Orders', { fifo: true });
      new ServerlessFunction(stack, 'Fn', { ...REQUIRED, eventSources: [EventSource.sqs(pair.queue)] });
    }, { nagPacks: ['AwsSolutions', 'Serverless'] });
    expect(findings).toEqual([]);
  });

  test('SNS, EventBridge rule and schedule triggers and a REST API integration add no finding of their own', () => {
    const build = (withTriggers: boolean) => (app: App) => {
      const stack = new Stack(app, 'Triggers', { env: ENV });
      const topic = new sns.Topic(stack, 'Topic');
      const rule = new events.Rule(stack, 'Rule', { eventPattern: { source: ['orders'] } });
      const api = new apigateway.RestApi(stack, 'Api');
      const fn = new ServerlessFunction(stack, 'Fn', REQUIRED);
      if (withTriggers) {
        fn.addTrigger(Trigger.sns(topic));
        fn.addTrigger(Trigger.eventBridgeRule(rule));
        fn.addTrigger(Trigger.schedule(events.Schedule.rate(Duration.minutes(5))));
      }
      api.root.addMethod('GET', withTriggers ? fn.restApiIntegration() : undefined);
    };
    const key = (finding: { ruleId: string; resourcePath: string }) => `${finding.ruleId} @ ${finding.resourcePath}`;
    const without = new Set(complianceFindings(build(false), { nagPacks: ['AwsSolutions', 'Serverless'] }).map(key));
    const added = complianceFindings(build(true), { nagPacks: ['AwsSolutions', 'Serverless'] }).map(key).filter(finding => !without.has(finding));
    expect(added).toEqual([]);
  });
});

