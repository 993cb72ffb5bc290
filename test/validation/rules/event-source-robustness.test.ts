import { CfnResource } from 'aws-cdk-lib';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as fc from 'fast-check';
import { cfnDeploymentGroup, cfnEdgeFunction, cfnMapping, cfnQueue } from '../event-source-helpers';
import { limitsApp, synthErrors } from '../helpers';

/** JSON-like values, with intrinsics (also pointing at the queue, the function and missing resources) at any depth. */
const intrinsic = fc.oneof(
  fc.record({ Ref: fc.constantFrom('Fn', 'Queue', 'Role', 'Version', 'Param', 'Missing') }),
  fc.record({ 'Fn::GetAtt': fc.tuple(fc.constantFrom('Fn', 'Queue', 'Version', 'Missing'), fc.constantFrom('Arn', 'StreamArn', 'Version')) }),
  fc.record({ 'Fn::Join': fc.tuple(fc.constantFrom('', ':'), fc.array(fc.oneof(fc.string(), fc.record({ Ref: fc.constant('Queue') })), { maxLength: 3 })) }),
);
const KEYS = ['Type', 'Enabled', 'Events', 'Alarms', 'Name', 'Pattern', 'Filters', 'Destination', 'OnFailure', 'Metrics', 'MaximumConcurrency',
  'MinimumPollers', 'MaximumPollers', 'Statement', 'Effect', 'Action', 'Principal', 'Service', 'TimeBasedCanary', 'TimeBasedLinear',
  'CanaryPercentage', 'CanaryInterval', 'LinearPercentage', 'LinearInterval', 'Endpoints', 'KafkaBootstrapServers', 'ConsumerGroupId', 'URI'];
const value = fc.letrec(tie => ({
  any: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.double(), fc.integer({ min: -5, max: 20_000 }), fc.string(),
    fc.constantFrom('arn:aws:sqs:us-east-1:123456789012:q.fifo', 'kafka://t', 'arn:aws:kinesis:us-east-1:123456789012:stream/s', 'AT_TIMESTAMP', 'viewer-request'),
    intrinsic, fc.array(tie('any'), { maxLength: 4 }), fc.dictionary(fc.constantFrom(...KEYS), tie('any'), { maxKeys: 3 })),
})).any;

const MAPPING_PROPERTIES = [
  'EventSourceArn', 'FunctionName', 'BatchSize', 'MaximumBatchingWindowInSeconds', 'ScalingConfig', 'StartingPosition', 'StartingPositionTimestamp',
  'ParallelizationFactor', 'BisectBatchOnFunctionError', 'MaximumRetryAttempts', 'MaximumRecordAgeInSeconds', 'TumblingWindowInSeconds',
  'DestinationConfig', 'FilterCriteria', 'FunctionResponseTypes', 'MetricsConfig', 'ProvisionedPollerConfig', 'Topics', 'Queues',
  'SelfManagedEventSource', 'SourceAccessConfigurations', 'KmsKeyArn', 'AmazonManagedKafkaEventSourceConfig', 'DocumentDBEventSourceConfig',
];
const OTHER_PROPERTIES = ['Fn.Timeout', 'Fn.ReservedConcurrentExecutions', 'Fn.Role', 'Fn.Architectures', 'Fn.Layers', 'Fn.Environment',
  'Queue.VisibilityTimeout', 'Queue.FifoQueue', 'Queue.QueueName', 'Role.AssumeRolePolicyDocument', 'Role.Policies', 'Role.ManagedPolicyArns',
  'Dist.DistributionConfig', 'Config.TrafficRoutingConfig', 'Config.ComputePlatform', 'Group.AlarmConfiguration', 'Group.AutoRollbackConfiguration',
  'Policy.PolicyDocument', 'Version.ProvisionedConcurrencyConfig'];

describe('event-source-family rules on arbitrary input', () => {
  test('never crash synth, whatever the resolved properties hold', () => {
    fc.assert(fc.property(
      fc.dictionary(fc.constantFrom(...MAPPING_PROPERTIES), value, { maxKeys: 6 }),
      fc.dictionary(fc.constantFrom(...OTHER_PROPERTIES), value, { maxKeys: 4 }),
      (mappingOverrides, otherOverrides) => {
        const { app, stack } = limitsApp();
        const { fn, version, distribution } = cfnEdgeFunction(stack, 'viewer-request');
        const queue = cfnQueue(stack, 'Queue');
        const role = new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: {} });
        const config = new codedeploy.CfnDeploymentConfig(stack, 'Config', { computePlatform: 'Lambda' });
        const group = cfnDeploymentGroup(stack, 'Group');
        const policy = new iam.CfnManagedPolicy(stack, 'Policy', { policyDocument: {}, roles: [role.ref] });
        const mapping = cfnMapping(stack, 'Mapping', fn, { eventSourceArn: queue.attrArn });
        const byName: Record<string, CfnResource> = {
          Fn: fn, Queue: queue, Role: role, Dist: distribution, Config: config, Group: group, Policy: policy, Version: version,
        };
        for (const [name, resource] of Object.entries(byName)) resource.overrideLogicalId(name);
        for (const [key, v] of Object.entries(mappingOverrides)) mapping.addPropertyOverride(key, v);
        for (const [key, v] of Object.entries(otherOverrides)) {
          const [name, property] = key.split('.');
          byName[name].addPropertyOverride(property, v);
        }
        let message = '';
        try {
          synthErrors(app);
        } catch (e) {
          message = (e as Error).message;
        }
        expect(message).not.toContain('failed unexpectedly');
      },
    ), { numRuns: 150 });
  });
});
