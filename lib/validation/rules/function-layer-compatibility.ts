import { LAYERS_DOC } from '../limits';
import { Severity } from '../rule';
import { arrayValue, stringValue } from '../values';
import { FunctionFinding, functionRule, literalStrings } from './function-lookups';
import { layerReferences } from './function-layers';

/**
 * An in-app layer whose CompatibleRuntimes or CompatibleArchitectures leave out the function's (fn-layer-runtime-compat,
 * fn-layer-arch-compat). Lambda does not enforce them (they only filter ListLayers), so native code built for the
 * wrong runtime or architecture fails only when invoked: a warning.
 */
export const functionLayerCompatibility = functionRule({
  id: 'LambdaKit.Function.LayerCompatibility',
  severity: Severity.WARNING,
  constraint: "An in-app layer's CompatibleRuntimes and CompatibleArchitectures include the function's runtime and architecture "
    + '(Lambda does not enforce them; for architectures this is UNVERIFIED).',
  source: LAYERS_DOC,
  requires: ['Layers'],
  check(fn, { model }) {
    const runtime = stringValue(fn.properties.Runtime);
    const architectures = arrayValue(fn.properties.Architectures);
    const architecture = architectures === undefined ? 'x86_64' : stringValue(architectures[0]);
    const findings: FunctionFinding[] = [];
    for (const { layerVersion } of layerReferences(model, fn)) {
      if (!layerVersion) continue;
      const runtimes = arrayValue(layerVersion.properties.CompatibleRuntimes);
      if (runtime !== undefined && runtimes !== undefined && runtimes.length > 0 && runtimes.every(item => typeof item === 'string') && !runtimes.includes(runtime)) {
        findings.push({
          property: 'Runtime',
          value: runtime,
          limit: `one of the compatible runtimes of layer ${layerVersion.path} (${literalStrings(runtimes).join(', ')})`,
          fix: 'Use a layer built for this runtime, or add the runtime to the layer after checking that it works with it.',
        });
      }
      const layerArchitectures = arrayValue(layerVersion.properties.CompatibleArchitectures);
      if (architecture !== undefined && layerArchitectures !== undefined && layerArchitectures.length > 0
        && layerArchitectures.every(item => typeof item === 'string')
        && !layerArchitectures.includes(architecture)) {
        findings.push({
          property: 'Architectures',
          value: architecture,
          limit: `one of the compatible architectures of layer ${layerVersion.path} (${literalStrings(layerArchitectures).join(', ')})`,
          fix: 'Use a layer built for this architecture, or change the function architecture to match the layer.',
        });
      }
    }
    return findings;
  },
});
