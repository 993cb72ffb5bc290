import { schemaRule } from './versioning-lookups';

const STRING_LIST = { array: 'string' } as const;

/**
 * AWS::Lambda::EventSourceMapping properties: FunctionName present, no unknown property, each of its schema's
 * type (the validator's F3003, F3002, F3012). The property list is aws-cdk-lib 2.276's CfnEventSourceMapping.
 */
export const eventSourceMappingSchema = schemaRule({
  id: 'LambdaKit.EventSourceMapping.Schema',
  constraint: 'An AWS::Lambda::EventSourceMapping has FunctionName, no unknown property, and every property of its schema type (string, whole number, true/false, list, object).',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html',
  schemas: {
    'AWS::Lambda::EventSourceMapping': {
      '!FunctionName': 'string',
      'AmazonManagedKafkaEventSourceConfig': { object: {} },
      'BatchSize': 'integer',
      'BisectBatchOnFunctionError': 'boolean',
      'DestinationConfig': { object: { OnFailure: { object: { Destination: 'string' } } } },
      'DocumentDBEventSourceConfig': { object: {} },
      'Enabled': 'boolean',
      'EventSourceArn': 'string',
      'FilterCriteria': { object: { Filters: { array: { object: { Pattern: 'string' } } } } },
      'FunctionResponseTypes': STRING_LIST,
      'KmsKeyArn': 'string',
      'LoggingConfig': { object: {} },
      'MaximumBatchingWindowInSeconds': 'integer',
      'MaximumRecordAgeInSeconds': 'integer',
      'MaximumRetryAttempts': 'integer',
      'MetricsConfig': { object: { Metrics: STRING_LIST } },
      'ParallelizationFactor': 'integer',
      'ProvisionedPollerConfig': { object: { MinimumPollers: 'integer', MaximumPollers: 'integer' } },
      'Queues': STRING_LIST,
      'ScalingConfig': { object: { MaximumConcurrency: 'integer' } },
      'SelfManagedEventSource': { object: {} },
      'SelfManagedKafkaEventSourceConfig': { object: {} },
      'SourceAccessConfigurations': { array: { object: {} } },
      'StartingPosition': 'string',
      'StartingPositionTimestamp': 'number',
      'Tags': { array: { object: { '!Key': 'string', 'Value': 'string' } } },
      'Topics': STRING_LIST,
      'TumblingWindowInSeconds': 'integer',
    },
  },
});
