import { LAYERS_MAX, QUOTAS_DOC } from '../limits';
import { Severity } from '../rule';
import { arrayValue } from '../values';
import { functionRule } from './function-lookups';

/** At most five layers per function (fn-layers-max). */
export const functionLayerCount = functionRule({
  id: 'LambdaKit.Function.LayerCount',
  severity: Severity.ERROR,
  constraint: `A function uses at most ${LAYERS_MAX} layers.`,
  source: QUOTAS_DOC,
  requires: ['Layers'],
  check(fn) {
    const layers = arrayValue(fn.properties.Layers);
    if (!layers || layers.length <= LAYERS_MAX) return undefined;
    return {
      property: 'Layers',
      value: `${layers.length} layers`,
      limit: `at most ${LAYERS_MAX} layers`,
      fix: 'Merge layers, or bundle their contents into the function package or a container image.',
    };
  },
});
