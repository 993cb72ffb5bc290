import { CFN_LAYER_DOC } from '../limits';
import { schemaRule } from './versioning-lookups';

/** AWS::Lambda::LayerVersion and LayerVersionPermission properties: required ones present; types as [SCH-Layer] declares them. */
export const layerSchema = schemaRule({
  id: 'LambdaKit.Layer.Schema',
  constraint: 'A LayerVersion has Content; a LayerVersionPermission has an Action, LayerVersionArn and Principal; neither has unknown properties, and each property has the type the resource schema declares.',
  source: CFN_LAYER_DOC,
  schemas: {
    'AWS::Lambda::LayerVersion': {
      '!Content': { object: { '!S3Bucket': 'string', '!S3Key': 'string', 'S3ObjectVersion': 'string' } },
      'CompatibleArchitectures': { array: 'string' },
      'CompatibleRuntimes': { array: 'string' },
      'Description': 'string',
      'LayerName': 'string',
      'LicenseInfo': 'string',
    },
    'AWS::Lambda::LayerVersionPermission': {
      '!Action': 'string',
      '!LayerVersionArn': 'string',
      '!Principal': 'string',
      'OrganizationId': 'string',
    },
  },
});
