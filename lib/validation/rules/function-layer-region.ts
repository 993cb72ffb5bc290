import { Token } from 'aws-cdk-lib';
import { LAYERS_DOC } from '../limits';
import { Severity } from '../rule';
import { FunctionFinding, functionRule } from './function-lookups';
import { LAYER_VERSION_ARN, layerReferences } from './function-layers';

/** A layer ARN from another Region (fn-layer-same-region, UNVERIFIED). */
export const functionLayerRegion = functionRule({
  id: 'LambdaKit.Function.LayerRegion',
  severity: Severity.WARNING,
  constraint: "Each layer ARN is in the function's own Region (UNVERIFIED: not confirmed from AWS documentation during the research).",
  source: LAYERS_DOC,
  requires: ['Layers'],
  check(fn, { model }) {
    const region = fn.stack.region;
    if (Token.isUnresolved(region)) return undefined;
    return layerReferences(model, fn).flatMap((layer): FunctionFinding[] => {
      const layerRegion = LAYER_VERSION_ARN.exec(layer.arn ?? '')?.[1];
      if (layerRegion === undefined || layerRegion === region) return [];
      return [{
        property: 'Layers',
        value: layer.arn,
        limit: `a layer in ${region}, the function's Region`,
        fix: `Publish the layer in ${region} too and use that version's ARN.`,
      }];
    });
  },
});
