import { CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { showValue } from '../values';
import { FunctionFinding, functionRule } from './function-lookups';
import { layerReferences } from './function-layers';

/** A layer version appears once in Layers (fn-layers-unique). */
export const functionLayerUnique = functionRule({
  id: 'LambdaKit.Function.LayerUnique',
  severity: Severity.ERROR,
  constraint: 'Layers lists each layer version once.',
  source: CFN_FUNCTION_DOC,
  requires: ['Layers'],
  check(fn, { model }) {
    const seen = new Set<string>();
    const findings: FunctionFinding[] = [];
    for (const layer of layerReferences(model, fn)) {
      if (layer.versionKey === undefined) continue;
      if (seen.has(layer.versionKey)) {
        findings.push({
          property: 'Layers',
          value: layer.layerVersion?.path ?? layer.value,
          limit: 'a list without duplicates',
          fix: `Remove the second ${layer.layerVersion ? `reference to ${layer.layerVersion.path}` : `copy of ${showValue(layer.value)}`}.`,
        });
      }
      seen.add(layer.versionKey);
    }
    return findings;
  },
});
