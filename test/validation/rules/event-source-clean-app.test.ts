import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { l2Function } from '../event-source-helpers';
import { limitsApp, limitWarnings, synthErrors } from '../helpers';

/** The rule families of this file (event sources, CodeDeploy, edge, template, IAM). */
const FAMILY = /\[LambdaKit\.(EventSourceMapping|Sqs|Kinesis|DynamoDBStreams|CodeDeploy|Edge|Template|Iam)\./;

test('an idiomatic aws-cdk-lib app gets no finding from the event-source family', () => {
  const { app, stack } = limitsApp();
  const fn = l2Function(stack, 'Worker', { timeout: Duration.seconds(30), reservedConcurrentExecutions: 50 });
  const dlq = new sqs.Queue(stack, 'Dlq');
  const queue = new sqs.Queue(stack, 'Queue', { visibilityTimeout: Duration.seconds(190), deadLetterQueue: { queue: dlq, maxReceiveCount: 5 } });
  fn.addEventSource(new sources.SqsEventSource(queue, {
    batchSize: 100, maxBatchingWindow: Duration.seconds(10), maxConcurrency: 20, reportBatchItemFailures: true,
    filters: [lambda.FilterCriteria.filter({ body: { type: lambda.FilterRule.isEqual('order') } })],
  }));
  const fifo = new sqs.Queue(stack, 'Fifo', { fifo: true, visibilityTimeout: Duration.seconds(180), deadLetterQueue: { queue: new sqs.Queue(stack, 'FifoDlq', { fifo: true }), maxReceiveCount: 5 } });
  fn.addEventSource(new sources.SqsEventSource(fifo, { batchSize: 10 }));
  fn.addEventSource(new sources.KinesisEventSource(new kinesis.Stream(stack, 'Stream'), {
    startingPosition: lambda.StartingPosition.AT_TIMESTAMP, startingPositionTimestamp: 1_700_000_000, parallelizationFactor: 4, retryAttempts: 3,
    maxRecordAge: Duration.hours(1), bisectBatchOnError: true, tumblingWindow: Duration.minutes(1), onFailure: new sources.SqsDlq(dlq),
  }));
  const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING }, stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES });
  fn.addEventSource(new sources.DynamoEventSource(table, { startingPosition: lambda.StartingPosition.TRIM_HORIZON, batchSize: 1_000 }));

  const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion });
  new codedeploy.LambdaDeploymentGroup(stack, 'Deploy', {
    alias, deploymentConfig: codedeploy.LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES,
    alarms: [new cloudwatch.Alarm(stack, 'Errors', { metric: alias.metricErrors(), threshold: 1, evaluationPeriods: 1 })],
  });
  new codedeploy.LambdaDeploymentConfig(stack, 'Linear', { trafficRouting: codedeploy.TrafficRouting.timeBasedLinear({ percentage: 10, interval: Duration.minutes(10) }) });

  const edge = new cloudfront.experimental.EdgeFunction(stack, 'Edge', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async (e) => e'),
  });
  new cloudfront.Distribution(stack, 'Cdn', {
    defaultBehavior: { origin: new origins.HttpOrigin('example.com'), edgeLambdas: [{ functionVersion: edge.currentVersion, eventType: cloudfront.LambdaEdgeEventType.VIEWER_REQUEST }] },
  });

  expect(synthErrors(app).filter(line => FAMILY.test(line))).toEqual([]);
  expect(limitWarnings(stack).filter(line => FAMILY.test(line))).toEqual([]);
});
