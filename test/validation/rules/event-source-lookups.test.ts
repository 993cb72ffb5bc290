import { App, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as msk from 'aws-cdk-lib/aws-msk';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { LambdaModel } from '../../../lib/validation/model';
import { literalSkeleton, mappingFunction, mappingSource } from '../../../lib/validation/rules/event-source-lookups';
import { cfnMapping, SOURCE_ARNS } from '../event-source-helpers';
import { cfnFunction } from '../helpers';

function setup() {
  const app = new App();
  const stack = new Stack(app, 'Stack');
  return { stack, fn: cfnFunction(stack, 'Fn') };
}

function sourceOf(stack: Stack, mapping: lambda.CfnEventSourceMapping) {
  const model = LambdaModel.of(stack);
  const resource = model.ofConstruct(mapping)!;
  return { source: mappingSource(model, resource), fn: mappingFunction(model, resource)?.path };
}

describe('mappingSource', () => {
  test.each([
    [SOURCE_ARNS.sqs, 'sqs', false], [SOURCE_ARNS.fifo, 'sqs', true], [SOURCE_ARNS.kinesis, 'kinesis', undefined],
    ['arn:aws:kinesis:us-east-1:123456789012:stream/s/consumer/c:1700000000', 'kinesis', undefined], [SOURCE_ARNS.dynamodb, 'dynamodb', undefined],
    [SOURCE_ARNS.msk, 'msk', undefined], [SOURCE_ARNS.mq, 'mq', undefined], [SOURCE_ARNS.docdb, 'docdb', undefined],
    ['arn:aws-cn:sqs:cn-north-1:123456789012:q', 'sqs', false], ['not-an-arn', undefined, undefined], ['arn:aws:sns:us-east-1:123456789012:t', undefined, undefined],
  ])('literal %s is %s (fifo %s)', (arn, kind, fifo) => {
    const { stack, fn } = setup();
    const { source } = sourceOf(stack, cfnMapping(stack, 'M', fn, { eventSourceArn: arn }));
    expect(source?.kind).toBe(kind);
    expect(source?.fifo).toBe(fifo);
  });

  test('a partly literal ARN is read by service; an unknown queue name leaves FIFO unknown', () => {
    const { stack, fn } = setup();
    const joined = sqs.Queue.fromQueueArn(stack, 'Q', stack.formatArn({ service: 'sqs', resource: 'orders.fifo' })).queueArn;
    expect(literalSkeleton(stack.resolve(joined))).toMatch(/^arn:\u0000:sqs:/);
    expect(sourceOf(stack, cfnMapping(stack, 'M', fn, { eventSourceArn: joined })).source).toEqual({ kind: 'sqs', fifo: true });
    const unknownName = stack.formatArn({ service: 'sqs', resource: stack.stackName + '-' + stack.urlSuffix });
    expect(sourceOf(stack, cfnMapping(stack, 'N', fn, { eventSourceArn: unknownName })).source).toEqual({ kind: 'sqs', fifo: undefined });
  });

  test('same-app sources: queues, streams, consumers, tables, MSK clusters', () => {
    const { stack, fn } = setup();
    const queue = new sqs.Queue(stack, 'Queue', { fifo: true });
    const stream = new kinesis.Stream(stack, 'Stream');
    const consumer = new kinesis.CfnStreamConsumer(stack, 'Consumer', { consumerName: 'c', streamArn: stream.streamArn });
    const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING }, stream: dynamodb.StreamViewType.KEYS_ONLY });
    const cluster = new msk.CfnServerlessCluster(stack, 'Cluster', { clusterName: 'c', clientAuthentication: { sasl: { iam: { enabled: true } } }, vpcConfigs: [{ subnetIds: ['s'] }] });
    expect([queue.queueArn, stream.streamArn, consumer.attrConsumerArn, table.tableStreamArn!, cluster.attrArn].map((arn, i) => {
      const result = sourceOf(stack, cfnMapping(stack, `M${i}`, fn, { eventSourceArn: arn })).source;
      return [result?.kind, result?.fifo, result?.resource?.path];
    })).toEqual([
      ['sqs', true, 'Stack/Queue/Resource'], ['kinesis', undefined, 'Stack/Stream/Resource'], ['kinesis', undefined, 'Stack/Consumer'],
      ['dynamodb', undefined, 'Stack/Table/Resource'], ['msk', undefined, 'Stack/Cluster'],
    ]);
  });

  test('self-managed Kafka has no EventSourceArn; a parameter is unknown', () => {
    const { stack, fn } = setup();
    const kafka = cfnMapping(stack, 'K', fn, { eventSourceArn: undefined, selfManagedEventSource: { endpoints: { kafkaBootstrapServers: ['b:9092'] } } });
    expect(sourceOf(stack, kafka).source).toEqual({ kind: 'self-managed-kafka' });
    const param = cfnMapping(stack, 'P', fn);
    param.addPropertyOverride('EventSourceArn', { Ref: 'SourceParam' });
    expect(sourceOf(stack, param).source).toBeUndefined();
  });
});

describe('mappingFunction', () => {
  test('finds the function through a Ref, an alias and a version, not through a literal name of another function', () => {
    const { stack, fn } = setup();
    const version = new lambda.CfnVersion(stack, 'V', { functionName: fn.ref });
    const alias = new lambda.CfnAlias(stack, 'A', { functionName: fn.ref, functionVersion: version.attrVersion, name: 'live' });
    expect([fn.ref, alias.ref, version.ref, 'other-function'].map((name, i) => sourceOf(stack, cfnMapping(stack, `M${i}`, fn, { functionName: name })).fn))
      .toEqual(['Stack/Fn', 'Stack/Fn', 'Stack/Fn', undefined]);
  });
});
