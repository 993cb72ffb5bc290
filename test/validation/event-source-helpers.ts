import { App, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { cfnFunction, limitsApp, synthErrors } from './helpers';
import { LambdaLimitsProps } from '../../lib';


/** The error lines one rule reported in a synth. */
export function ruleErrors(app: App, rule: string): string[] {
  return synthErrors(app).filter(line => line.includes(`[${rule}]`));
}

/** The warnings one rule reported anywhere in the app (the synth must succeed). */
export function ruleWarnings(app: App, rule: string): string[] {
  return app.synth().stacks.flatMap(stack => stack.messages)
    .filter(message => message.level === 'warning')
    .map(message => String(message.entry.data))
    .filter(text => text.includes(`[${rule}]`));
}

/** An L2 function with inline code (no assets). */
export function l2Function(stack: Stack, id: string, props: Partial<lambda.FunctionProps> = {}): lambda.Function {
  return new lambda.Function(stack, id, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {}'),
    ...props,
  });
}

const ARN_PREFIX = 'arn:aws:{service}:us-east-1:123456789012:';
const arn = (service: string, resource: string) => ARN_PREFIX.replace('{service}', service) + resource;

/** Literal source ARNs, one per kind of event source. */
export const SOURCE_ARNS = {
  sqs: arn('sqs', 'orders'),
  fifo: arn('sqs', 'orders.fifo'),
  kinesis: arn('kinesis', 'stream/clicks'),
  dynamodb: arn('dynamodb', 'table/Orders/stream/2026-01-01T00:00:00.000'),
  msk: arn('kafka', 'cluster/orders/abcd1234-ab12-cd34-ef56-abcdef123456-1'),
  mq: arn('mq', 'broker:orders:b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9'),
  docdb: 'arn:aws:rds:us-east-1:123456789012:cluster:orders',
};

export const KAFKA_BOOTSTRAP = { endpoints: { kafkaBootstrapServers: ['broker-1.example.com:9092'] } };

/** An app with LambdaLimits and an L1 function `Fn`. */
export function esmApp(props: LambdaLimitsProps = {}): { app: App; stack: Stack; fn: lambda.CfnFunction } {
  const { app, stack } = limitsApp(props);
  return { app, stack, fn: cfnFunction(stack, 'Fn') };
}

/** An L1 mapping of `fn`, reading from a standard SQS queue unless `props` says otherwise. */
export function cfnMapping(stack: Stack, id: string, fn: lambda.CfnFunction, props: Partial<lambda.CfnEventSourceMappingProps> = {}) {
  return new lambda.CfnEventSourceMapping(stack, id, { functionName: fn.ref, eventSourceArn: SOURCE_ARNS.sqs, ...props });
}

/** A mapping property set that is valid for each source kind (starting positions where required). */
export function validFor(kind: keyof typeof SOURCE_ARNS): Partial<lambda.CfnEventSourceMappingProps> {
  switch (kind) {
    case 'kinesis': case 'dynamodb': return { eventSourceArn: SOURCE_ARNS[kind], startingPosition: 'LATEST' };
    case 'msk': return { eventSourceArn: SOURCE_ARNS.msk, startingPosition: 'LATEST', topics: ['orders'] };
    case 'mq': return { eventSourceArn: SOURCE_ARNS.mq, queues: ['orders'], sourceAccessConfigurations: [{ type: 'BASIC_AUTH', uri: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:mq' }] };
    default: return { eventSourceArn: SOURCE_ARNS[kind] };
  }
}

/** An L1 queue. */
export function cfnQueue(stack: Stack, id: string, props: sqs.CfnQueueProps = {}): sqs.CfnQueue {
  return new sqs.CfnQueue(stack, id, props);
}
