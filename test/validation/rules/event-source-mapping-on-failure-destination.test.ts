import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { cfnMapping, cfnQueue, esmApp, l2Function, ruleErrors, SOURCE_ARNS, validFor } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.OnFailureDestinationType';
const arn = (service: string, resource: string) => `arn:aws:${service}:us-east-1:123456789012:${resource}`;

describe(RULE, () => {
  test.each([
    ['kinesis', arn('sqs', 'failed'), false], ['kinesis', arn('sns', 'failed'), false], ['kinesis', 'arn:aws:s3:::failed-bucket', false],
    ['kinesis', arn('lambda', 'function:handler'), true], ['kinesis', arn('events', 'event-bus/default'), true],
    ['kinesis', arn('sqs', 'failed.fifo'), true], ['kinesis', arn('sns', 'failed.fifo'), true],
    ['msk', 'kafka://failed-topic', false], ['kinesis', 'kafka://failed-topic', true],
  ] as const)('%s to %s fails: %s', (kind, destination, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { ...validFor(kind), destinationConfig: { onFailure: { destination } } });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test.each([[{ fifoQueue: true }, true], [{}, false]])('same-app queue %j fails: %s', (queueProps, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { ...validFor('kinesis'), destinationConfig: { onFailure: { destination: cfnQueue(stack, 'Q', queueProps).attrArn } } });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('catches an L2 KinesisEventSource with an SnsDlq on a FIFO topic, with the message', () => {
    const { app, stack } = esmApp();
    const topic = new sns.Topic(stack, 'Failed', { fifo: true, topicName: 'failed' });
    l2Function(stack, 'L2Fn').addEventSource(new sources.KinesisEventSource(new kinesis.Stream(stack, 'Stream'), {
      startingPosition: lambda.StartingPosition.LATEST, onFailure: new sources.SnsDlq(topic),
    }));
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      '`DestinationConfig.OnFailure.Destination` must be an SQS queue, SNS topic or S3 bucket, not a FIFO queue or topic, got: {"Ref":"Failed178E83A2"}. Send failed-batch records to a standard (non-FIFO) queue or topic.',
    )]);
  });

  test('accepts an L2 SqsDlq on a standard queue, and an unknown destination', () => {
    const { app, stack } = esmApp();
    l2Function(stack, 'L2Fn').addEventSource(new sources.KinesisEventSource(new kinesis.Stream(stack, 'Stream'), {
      startingPosition: lambda.StartingPosition.LATEST, onFailure: new sources.SqsDlq(new sqs.Queue(stack, 'Failed')),
    }));
    cfnMapping(stack, 'M', l2Function(stack, 'Other').node.defaultChild as lambda.CfnFunction, {
      eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: 'LATEST', destinationConfig: { onFailure: { destination: { 'Fn::ImportValue': 'D' } as any } },
    });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
