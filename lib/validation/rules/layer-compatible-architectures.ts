import { CFN_LAYER_DOC, LAYER_COMPATIBLE_ARCHITECTURES_MAX } from '../limits';
import { arrayValue, stringValue } from '../values';
import { propertyRule } from './versioning-lookups';

const ARCHITECTURES = ['x86_64', 'arm64'];

/** CompatibleArchitectures: at most 2 of x86_64, arm64 (layer-compatible-architectures). */
export const layerCompatibleArchitectures = propertyRule({
  id: 'LambdaKit.Layer.CompatibleArchitectures',
  constraint: `A LayerVersion lists at most ${LAYER_COMPATIBLE_ARCHITECTURES_MAX} CompatibleArchitectures, each x86_64 or arm64.`,
  source: CFN_LAYER_DOC,
  resourceType: 'AWS::Lambda::LayerVersion',
  property: 'CompatibleArchitectures',
  limit: `at most ${LAYER_COMPATIBLE_ARCHITECTURES_MAX} of x86_64, arm64`,
  fix: "List 'x86_64', 'arm64' or both, once each.",
  violates: value => {
    const items = arrayValue(value);
    if (!items) return false;
    const unknownArchitecture = items.some(item => stringValue(item) !== undefined && !ARCHITECTURES.includes(item as string));
    return items.length > LAYER_COMPATIBLE_ARCHITECTURES_MAX || unknownArchitecture;
  },
});
