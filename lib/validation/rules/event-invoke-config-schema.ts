import { CFN_EVENT_INVOKE_CONFIG_DOC } from '../limits';
import { schemaRule } from './versioning-lookups';

const DESTINATION = { object: { '!Destination': 'string' as const } };

/** AWS::Lambda::EventInvokeConfig properties: FunctionName and Qualifier required; types as [SCH-EIC] declares them. */
export const eventInvokeConfigSchema = schemaRule({
  id: 'LambdaKit.EventInvokeConfig.Schema',
  constraint: 'An EventInvokeConfig has a FunctionName and Qualifier, no unknown properties, and each property has the type the resource schema declares.',
  source: CFN_EVENT_INVOKE_CONFIG_DOC,
  schemas: {
    'AWS::Lambda::EventInvokeConfig': {
      '!FunctionName': 'string',
      '!Qualifier': 'string',
      'MaximumEventAgeInSeconds': 'integer',
      'MaximumRetryAttempts': 'integer',
      'DestinationConfig': { object: { OnSuccess: DESTINATION, OnFailure: DESTINATION } },
    },
  },
});
