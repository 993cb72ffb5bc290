import { Stack } from 'aws-cdk-lib';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { EventSource, QueuePair, ServerlessFunction } from '../../lib';
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
});
