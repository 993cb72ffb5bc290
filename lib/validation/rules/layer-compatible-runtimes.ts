import { CFN_LAYER_DOC, LAYER_COMPATIBLE_RUNTIMES_MAX } from '../limits';
import { arrayValue } from '../values';
import { propertyRule } from './versioning-lookups';

/** CompatibleRuntimes: at most 15 items (layer-compatible-runtimes). */
export const layerCompatibleRuntimes = propertyRule({
  id: 'LambdaKit.Layer.CompatibleRuntimes',
  constraint: `A LayerVersion lists at most ${LAYER_COMPATIBLE_RUNTIMES_MAX} CompatibleRuntimes.`,
  source: CFN_LAYER_DOC,
  resourceType: 'AWS::Lambda::LayerVersion',
  property: 'CompatibleRuntimes',
  limit: `at most ${LAYER_COMPATIBLE_RUNTIMES_MAX} runtimes`,
  fix: 'List only the runtimes you support (the list only filters ListLayers results; it does not restrict which functions can use the layer).',
  violates: value => (arrayValue(value)?.length ?? 0) > LAYER_COMPATIBLE_RUNTIMES_MAX,
});
