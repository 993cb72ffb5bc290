import { CFN_ALIAS_DOC } from '../limits';
import { schemaRule } from './versioning-lookups';

/** AWS::Lambda::Alias properties: FunctionName, FunctionVersion and Name required; types as [SCH-Alias] declares them. */
export const aliasSchema = schemaRule({
  id: 'LambdaKit.Alias.Schema',
  constraint: 'An Alias has a FunctionName, FunctionVersion and Name, no unknown properties, and each property has the type the resource schema declares.',
  source: CFN_ALIAS_DOC,
  schemas: {
    'AWS::Lambda::Alias': {
      '!FunctionName': 'string',
      '!FunctionVersion': 'string',
      '!Name': 'string',
      'Description': 'string',
      'ProvisionedConcurrencyConfig': { object: { '!ProvisionedConcurrentExecutions': 'integer' } },
      'RoutingConfig': { object: { AdditionalVersionWeights: { array: { object: { '!FunctionVersion': 'string', '!FunctionWeight': 'number' } } } } },
    },
  },
});
