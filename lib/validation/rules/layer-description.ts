import { CFN_LAYER_DOC, LAYER_DESCRIPTION_MAX } from '../limits';
import { lengthOutside, propertyRule } from './versioning-lookups';

/** LayerVersion Description: at most 256 characters ([SCH-Layer]). */
export const layerDescription = propertyRule({
  id: 'LambdaKit.Layer.Description',
  constraint: `A LayerVersion's Description is at most ${LAYER_DESCRIPTION_MAX} characters.`,
  source: CFN_LAYER_DOC,
  resourceType: 'AWS::Lambda::LayerVersion',
  property: 'Description',
  limit: `at most ${LAYER_DESCRIPTION_MAX} characters`,
  fix: 'Shorten the layer description.',
  violates: value => lengthOutside(value, LAYER_DESCRIPTION_MAX),
});
