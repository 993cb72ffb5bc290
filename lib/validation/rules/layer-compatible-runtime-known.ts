import { CFN_LAYER_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { pathValue } from '../values';
import { runtimeLifecycle } from './runtime-lifecycle';
import { literalItems } from './versioning-lookups';

/**
 * Each CompatibleRuntimes entry is a runtime identifier Lambda knows (the API's Runtime enum). A warning, as for
 * LambdaKit.Runtime.Known: LambdaLimits' runtime table may lag a newly released runtime.
 */
export const layerCompatibleRuntimeKnown: Rule = {
  id: 'LambdaKit.Layer.CompatibleRuntimeKnown',
  severity: Severity.WARNING,
  constraint: "Each of a LayerVersion's CompatibleRuntimes is one of Lambda's runtime identifiers (warning: LambdaLimits' table may lag newly released runtimes).",
  source: CFN_LAYER_DOC,
  resourceTypes: ['AWS::Lambda::LayerVersion'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const layer of model.ofType('AWS::Lambda::LayerVersion')) {
      for (const runtime of literalItems(pathValue(layer.properties, 'CompatibleRuntimes')) ?? []) {
        if (runtimeLifecycle(runtime) !== undefined) continue;
        findings.push({
          resource: layer,
          property: 'CompatibleRuntimes',
          value: runtime,
          limit: 'a list of Lambda runtime identifiers such as nodejs22.x, python3.13 or java21',
          fix: 'Correct the runtime identifier; if it is a newly released runtime, skip this rule for the layer.',
        });
      }
    }
    return findings;
  },
};
