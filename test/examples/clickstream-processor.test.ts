import type { KinesisStreamEvent, KinesisStreamRecord } from 'aws-lambda';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { BLUEPRINT_ENV } from '../../examples';
import { ClickstreamProcessorStack } from '../../examples/clickstream-processor/clickstream-processor-stack';
import { handler, processBatch } from '../../examples/clickstream-processor/handler';

/** A record as Lambda's Kinesis poller delivers it. */
function record(sequenceNumber: string, data: unknown): KinesisStreamRecord {
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return {
    kinesis: {
      kinesisSchemaVersion: '1.0',
      partitionKey: 'session-1',
      sequenceNumber,
      data: Buffer.from(text, 'utf8').toString('base64'),
      approximateArrivalTimestamp: 1763800000.123,
    },
    eventSource: 'aws:kinesis',
    eventVersion: '1.0',
    eventID: `shardId-000000000001:${sequenceNumber}`,
    eventName: 'aws:kinesis:record',
    invokeIdentityArn: 'arn:aws:iam::111111111111:role/processor',
    awsRegion: 'eu-west-1',
    eventSourceARN: 'arn:aws:kinesis:eu-west-1:111111111111:stream/Clicks',
  };
}

const view = (path: string) => ({ sessionId: 's-1', path, timestamp: 1763800000 });

beforeEach(() => jest.spyOn(console, 'log').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe('clickstream handler', () => {
  test('counts views per path and reports no failure for a good batch', async () => {
    const write = jest.fn(async () => undefined);
    const event: KinesisStreamEvent = { Records: [record('1', view('/')), record('2', view('/cart')), record('3', view('/'))] };
    await expect(processBatch(event, write)).resolves.toEqual({ batchItemFailures: [] });
    expect(write).toHaveBeenCalledWith(new Map([['/', 2], ['/cart', 1]]));
  });

  test('reports the first bad record and counts only the records before it (the retry starts there, in order)', async () => {
    const write = jest.fn(async () => undefined);
    const event: KinesisStreamEvent = { Records: [record('10', view('/a')), record('11', 'not json'), record('12', view('/b'))] };
    await expect(processBatch(event, write)).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: '11' }] });
    expect(write).toHaveBeenCalledWith(new Map([['/a', 1]]));
  });

  test('a failed write retries the whole batch from its first record', async () => {
    const event: KinesisStreamEvent = { Records: [record('20', view('/a')), record('21', view('/b'))] };
    await expect(processBatch(event, async () => { throw new Error('throttled'); })).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: '20' }] });
  });

  test('a record that is JSON but not a page view is a failure too', async () => {
    await expect(processBatch({ Records: [record('30', { path: 'no-leading-slash' })] }, async () => undefined))
      .resolves.toEqual({ batchItemFailures: [{ itemIdentifier: '30' }] });
  });

  test('the Lambda entry point returns partial batch failures', async () => {
    await expect(handler({ Records: [record('40', view('/')), record('41', '{')] })).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: '41' }] });
  });
});

describe('ClickstreamProcessor blueprint', () => {
  const app = new App();
  const stack = new ClickstreamProcessorStack(app, 'ClickstreamProcessor', { env: BLUEPRINT_ENV });
  const template = Template.fromStack(stack);
  const id = (construct: any) => stack.getLogicalId((construct.node.defaultChild ?? construct) as any);

  test('the stream feeds the live alias with bisect, bounded retries, partial responses and an on-failure queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: id(stack.processor.alias) },
      EventSourceArn: { 'Fn::GetAtt': [id(stack.stream), 'Arn'] },
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 3,
      MaximumRecordAgeInSeconds: 86_400,
      ParallelizationFactor: 2,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('OnFailureQueue'), 'Arn'] } } },
    });
  });

  test('the stream is encrypted', () => {
    template.hasResourceProperties('AWS::Kinesis::Stream', { StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } });
  });
});
