import { CFN_LAYER_DOC, LAYER_LICENSE_MAX } from '../limits';
import { lengthOutside, propertyRule } from './versioning-lookups';

/** LicenseInfo: at most 512 characters (layer-license). */
export const layerLicense = propertyRule({
  id: 'LambdaKit.Layer.LicenseInfo',
  constraint: `A LayerVersion's LicenseInfo is at most ${LAYER_LICENSE_MAX} characters (an SPDX identifier, a URL or a short text).`,
  source: CFN_LAYER_DOC,
  resourceType: 'AWS::Lambda::LayerVersion',
  property: 'LicenseInfo',
  limit: `at most ${LAYER_LICENSE_MAX} characters`,
  fix: "Give an SPDX identifier such as 'MIT' or a URL to the license text instead of the text itself.",
  violates: value => lengthOutside(value, LAYER_LICENSE_MAX),
});
