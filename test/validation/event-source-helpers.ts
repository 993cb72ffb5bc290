import { App, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { cfnFunction, l2Function, limitsApp, ruleErrors, ruleWarnings } from './helpers';
import { LambdaLimitsProps } from '../../lib';

export { l2Function, ruleErrors, ruleWarnings };


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

/** A CloudFront distribution (L1) whose default behavior associates `functionArn` with `eventType`. */
export function cfnDistribution(stack: Stack, id: string, associations: cloudfront.CfnDistribution.LambdaFunctionAssociationProperty[]) {
  return new cloudfront.CfnDistribution(stack, id, {
    distributionConfig: {
      enabled: true,
      origins: [{ id: 'origin', domainName: 'example.com', customOriginConfig: { originProtocolPolicy: 'https-only' } }],
      defaultCacheBehavior: { targetOriginId: 'origin', viewerProtocolPolicy: 'allow-all', forwardedValues: { queryString: false }, lambdaFunctionAssociations: associations },
    },
  });
}

/** An L1 function `Fn` with a version, associated with a distribution `Dist` for `eventType`. */
export function cfnEdgeFunction(stack: Stack, eventType = 'viewer-request', overrides: Partial<lambda.CfnFunctionProps> = {}) {
  const fn = cfnFunction(stack, 'Fn', overrides);
  const version = new lambda.CfnVersion(stack, 'Version', { functionName: fn.ref });
  const distribution = cfnDistribution(stack, 'Dist', [{ eventType, lambdaFunctionArn: version.ref }]);
  return { fn, version, distribution };
}

/** An L2 function used as an edge trigger through an L2 Distribution. */
export function l2EdgeFunction(stack: Stack, eventType = cloudfront.LambdaEdgeEventType.VIEWER_REQUEST, props: Partial<lambda.FunctionProps> = {}) {
  const fn = l2Function(stack, 'EdgeFn', props);
  const distribution = new cloudfront.Distribution(stack, 'Dist', {
    defaultBehavior: { origin: new origins.HttpOrigin('example.com'), edgeLambdas: [{ functionVersion: fn.currentVersion, eventType }] },
  });
  return { fn, distribution };
}

/** Tests shared by the four stream range rules (each rule's own test file calls it). */
export function describeStreamRange(
  rule: string, prop: keyof lambda.CfnEventSourceMappingProps, property: string, valid: number[], invalid: number[],
) {
  describe(rule, () => {
    test.each(valid.map(v => [v]))('accepts %d', (value) => {
      const { app, stack, fn } = esmApp();
      cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: 'LATEST', [prop]: value });
      expect(ruleErrors(app, rule)).toEqual([]);
    });

    test.each(invalid.map(v => [v]))('rejects %d', (value) => {
      const { app, stack, fn } = esmApp();
      cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: 'LATEST', [prop]: value });
      expect(ruleErrors(app, rule)).toEqual([expect.stringContaining(`[${rule}] Stack/M: \`${property}\` must be `)]);
    });

    test('catches an override of an L2 KinesisEventSource mapping', () => {
      const { app, stack } = esmApp();
      const fn = l2Function(stack, 'L2Fn');
      fn.addEventSource(new sources.KinesisEventSource(new kinesis.Stream(stack, 'Stream'), { startingPosition: lambda.StartingPosition.LATEST }));
      const mapping = fn.node.findAll().find(c => c instanceof lambda.CfnEventSourceMapping) as lambda.CfnEventSourceMapping;
      mapping.addPropertyOverride(property, invalid[invalid.length - 1]);
      expect(ruleErrors(app, rule)).toEqual([expect.stringContaining(`got: ${invalid[invalid.length - 1]}.`)]);
    });

    test('does not flag a token', () => {
      const { app, stack, fn } = esmApp();
      cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.kinesis, startingPosition: 'LATEST' }).addPropertyOverride(property, { Ref: 'P' });
      expect(ruleErrors(app, rule)).toEqual([]);
    });
  });
}

/** Tests shared by the edge rules that refuse a function property (each rule's own test file calls it). */
export function describeEdgeForbidden(
  rule: string, property: string, bad: Partial<lambda.CfnFunctionProps>, empty: Partial<lambda.CfnFunctionProps>, tokenFlagged = false,
) {
  describe(rule, () => {
    test('fails on an edge function', () => {
      const { app, stack } = limitsApp();
      cfnEdgeFunction(stack, 'origin-request', bad);
      expect(ruleErrors(app, rule)).toEqual([expect.stringContaining(`[${rule}] Stack/Fn: \`${property}\` must be absent on a Lambda@Edge function`)]);
    });

    test('accepts an empty setting, and a function that is not at the edge', () => {
      const { app, stack } = limitsApp();
      cfnEdgeFunction(stack, 'origin-request', empty);
      cfnFunction(stack, 'Other', bad);
      expect(ruleErrors(app, rule)).toEqual([]);
    });

    test(tokenFlagged ? 'a token still means the feature is configured' : 'does not flag a token', () => {
      const { app, stack } = limitsApp();
      cfnEdgeFunction(stack).fn.addPropertyOverride(property, { Ref: 'P' });
      expect(ruleErrors(app, rule).length).toBe(tokenFlagged ? 1 : 0);
    });
  });
}

/** An L1 Lambda deployment config with a canary or linear shift. */
export function cfnDeploymentConfig(stack: Stack, id: string, kind: 'canary' | 'linear', percentage: number, interval: number) {
  return new codedeploy.CfnDeploymentConfig(stack, id, {
    computePlatform: 'Lambda',
    trafficRoutingConfig: kind === 'canary'
      ? { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: percentage, canaryInterval: interval } }
      : { type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: percentage, linearInterval: interval } },
  });
}

/** An L1 Lambda deployment group (its application inline). */
export function cfnDeploymentGroup(stack: Stack, id: string, props: Partial<codedeploy.CfnDeploymentGroupProps> = {}) {
  const application = new codedeploy.CfnApplication(stack, `${id}App`, { computePlatform: 'Lambda' });
  return new codedeploy.CfnDeploymentGroup(stack, id, {
    applicationName: application.ref,
    serviceRoleArn: 'arn:aws:iam::123456789012:role/codedeploy',
    deploymentStyle: { deploymentOption: 'WITH_TRAFFIC_CONTROL', deploymentType: 'BLUE_GREEN' },
    ...props,
  });
}
