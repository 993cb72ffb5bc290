import { CFN_PERMISSION_DOC } from '../limits';
import { schemaRule } from './versioning-lookups';

/** AWS::Lambda::Permission properties: Action, FunctionName and Principal required; types as [SCH-Perm] declares them. */
export const permissionSchema = schemaRule({
  id: 'LambdaKit.Permission.Schema',
  constraint: 'A Permission has an Action, FunctionName and Principal, no unknown properties, and each property has the type the resource schema declares.',
  source: CFN_PERMISSION_DOC,
  schemas: {
    'AWS::Lambda::Permission': {
      '!Action': 'string',
      '!FunctionName': 'string',
      '!Principal': 'string',
      'EventSourceToken': 'string',
      'FunctionUrlAuthType': 'string',
      'InvokedViaFunctionUrl': 'boolean',
      'PrincipalOrgID': 'string',
      'SourceAccount': 'string',
      'SourceArn': 'string',
    },
  },
});
