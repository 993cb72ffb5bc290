import { CFN_URL_DOC } from '../limits';
import { schemaRule } from './versioning-lookups';

const STRINGS = { array: 'string' as const };

/** AWS::Lambda::Url properties: AuthType and TargetFunctionArn required; types as [SCH-Url] declares them. */
export const urlSchema = schemaRule({
  id: 'LambdaKit.Url.Schema',
  constraint: 'A function URL has an AuthType and TargetFunctionArn, no unknown properties, and each property has the type the resource schema declares.',
  source: CFN_URL_DOC,
  schemas: {
    'AWS::Lambda::Url': {
      '!AuthType': 'string',
      '!TargetFunctionArn': 'string',
      'Qualifier': 'string',
      'InvokeMode': 'string',
      'Cors': { object: { AllowCredentials: 'boolean', AllowHeaders: STRINGS, AllowMethods: STRINGS, AllowOrigins: STRINGS, ExposeHeaders: STRINGS, MaxAge: 'integer' } },
    },
  },
});
