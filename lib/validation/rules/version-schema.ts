import { CFN_VERSION_DOC } from '../limits';
import { schemaRule } from './versioning-lookups';

/** AWS::Lambda::Version properties: FunctionName required; types as [SCH-Ver] declares them. */
export const versionSchema = schemaRule({
  id: 'LambdaKit.Version.Schema',
  constraint: 'A Version has a FunctionName, no unknown properties, and each property has the type the resource schema declares.',
  source: CFN_VERSION_DOC,
  schemas: {
    'AWS::Lambda::Version': {
      '!FunctionName': 'string',
      'CodeSha256': 'string',
      'Description': 'string',
      'ProvisionedConcurrencyConfig': { object: { '!ProvisionedConcurrentExecutions': 'integer' } },
      'RuntimePolicy': { object: { '!UpdateRuntimeOn': 'string', 'RuntimeVersionArn': 'string' } },
      'FunctionScalingConfig': { object: { MinExecutionEnvironments: 'integer', MaxExecutionEnvironments: 'integer' } },
    },
  },
});
