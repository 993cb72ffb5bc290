import { CFN_LAYER_DOC, LAYER_NAME_MAX } from '../limits';
import { lengthOutside, mismatches, propertyRule } from './versioning-lookups';

/** [SCH-Layer] LayerName: a name of letters, digits, hyphens and underscores, or a layer ARN (anchored here; the validator's pattern is not). */
const LAYER_NAME = /^(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\d{12}:layer:[a-zA-Z0-9-_]+|[a-zA-Z0-9-_]+)$/;

/** LayerName: 1-140 characters, [a-zA-Z0-9-_]+ or a layer ARN (layer-name). */
export const layerName = propertyRule({
  id: 'LambdaKit.Layer.Name',
  constraint: `A LayerVersion's LayerName is 1 to ${LAYER_NAME_MAX} letters, digits, hyphens or underscores (or a layer ARN).`,
  source: CFN_LAYER_DOC,
  resourceType: 'AWS::Lambda::LayerVersion',
  property: 'LayerName',
  limit: `1 to ${LAYER_NAME_MAX} letters, digits, hyphens or underscores (or a layer ARN)`,
  fix: 'Rename the layer without spaces, dots or other punctuation.',
  violates: value => lengthOutside(value, LAYER_NAME_MAX, 1) || mismatches(value, LAYER_NAME),
});
