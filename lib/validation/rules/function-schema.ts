import { CFN_FUNCTION_DOC } from '../limits';
import { schemaRule } from './versioning-lookups';

const STRING_LIST = { array: 'string' } as const;
const TAGS = { array: { object: { '!Key': 'string', 'Value': 'string' } } } as const;

/**
 * AWS::Lambda::Function properties: required ones present, no unknown ones, each of its schema's type
 * (the validator's F3003, F3002, F3012). The property list is aws-cdk-lib 2.276's CfnFunction.
 */
export const functionSchema = schemaRule({
  id: 'LambdaKit.Function.Schema',
  constraint: 'An AWS::Lambda::Function has Code and Role, no unknown property, and every property of its schema type (string, whole number, list, object).',
  source: CFN_FUNCTION_DOC,
  schemas: {
    'AWS::Lambda::Function': {
      '!Code': { object: { S3Bucket: 'string', S3Key: 'string', S3ObjectVersion: 'string', ZipFile: 'string', ImageUri: 'string', SourceKMSKeyArn: 'string' } },
      '!Role': 'string',
      'Architectures': STRING_LIST,
      'CapacityProviderConfig': { object: {} },
      'CodeSigningConfigArn': 'string',
      'DeadLetterConfig': { object: { TargetArn: 'string' } },
      'Description': 'string',
      'DurableConfig': { object: {} },
      'Environment': { object: { Variables: { object: {} } } },
      'EphemeralStorage': { object: { '!Size': 'integer' } },
      'FileSystemConfigs': { array: { object: { '!Arn': 'string', '!LocalMountPath': 'string' } } },
      'FunctionName': 'string',
      'FunctionScalingConfig': { object: {} },
      'Handler': 'string',
      'ImageConfig': { object: { Command: STRING_LIST, EntryPoint: STRING_LIST, WorkingDirectory: 'string' } },
      'KmsKeyArn': 'string',
      'Layers': STRING_LIST,
      'LoggingConfig': { object: { ApplicationLogLevel: 'string', LogFormat: 'string', LogGroup: 'string', SystemLogLevel: 'string' } },
      // Whole numbers are checked by the MemorySize and Timeout rules with their ranges: here only the type.
      'MemorySize': 'number',
      'PackageType': 'string',
      'PublishToLatestPublished': 'boolean',
      'RecursiveLoop': 'string',
      'ReservedConcurrentExecutions': 'integer',
      'Runtime': 'string',
      'RuntimeManagementConfig': { object: { '!UpdateRuntimeOn': 'string', 'RuntimeVersionArn': 'string' } },
      'SnapStart': { object: { '!ApplyOn': 'string' } },
      'Tags': TAGS,
      'TenancyConfig': { object: {} },
      'Timeout': 'number',
      'TracingConfig': { object: { Mode: 'string' } },
      'VpcConfig': { object: { Ipv6AllowedForDualStack: 'boolean', SecurityGroupIds: STRING_LIST, SubnetIds: STRING_LIST } },
    },
  },
});
