import { LAYERS_DOC } from '../limits';
import { Severity } from '../rule';
import { FunctionFinding, functionRule } from './function-lookups';
import { layerReferences } from './function-layers';

/** Two versions of the same layer on one function (fn-layers-one-version-per-layer, UNVERIFIED). */
export const functionLayerOneVersion = functionRule({
  id: 'LambdaKit.Function.LayerOneVersion',
  severity: Severity.WARNING,
  constraint: 'Layers lists at most one version of each layer (UNVERIFIED: recalled Lambda error "Two different versions of the same layer are not allowed").',
  source: LAYERS_DOC,
  requires: ['Layers'],
  check(fn, { model }) {
    const versions = new Map<string, string>();
    const findings: FunctionFinding[] = [];
    for (const layer of layerReferences(model, fn)) {
      if (layer.layerKey === undefined || layer.versionKey === undefined) continue;
      const first = versions.get(layer.layerKey);
      if (first !== undefined && first !== layer.versionKey) {
        findings.push({
          property: 'Layers',
          value: layer.layerVersion?.path ?? layer.value,
          limit: 'one version per layer',
          fix: 'Keep only one version of this layer (normally the newest).',
        });
      }
      if (first === undefined) versions.set(layer.layerKey, layer.versionKey);
    }
    return findings;
  },
});
