import { CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { FunctionFinding, functionRule } from './function-lookups';
import { AWS_LAYER_ARN, LAYER_VERSION_ARN, layerReferences } from './function-layers';

const LAYER_ARN_MAX = 140;

/** Each literal item of Layers is a layer version ARN, ending in its version number (fn-layers-versioned-arn). */
export const functionLayerArn = functionRule({
  id: 'LambdaKit.Function.LayerArn',
  severity: Severity.ERROR,
  constraint: `Each Layers item is a layer version ARN (arn:...:layer:name:version) or an AWS awslayer ARN, at most ${LAYER_ARN_MAX} characters.`,
  source: CFN_FUNCTION_DOC,
  requires: ['Layers'],
  check(fn, { model }) {
    return layerReferences(model, fn)
      .filter(layer => layer.arn !== undefined
        && (layer.arn.length > LAYER_ARN_MAX || !(LAYER_VERSION_ARN.test(layer.arn) || AWS_LAYER_ARN.test(layer.arn))))
      .map((layer): FunctionFinding => ({
        property: 'Layers',
        value: layer.arn,
        limit: `a layer version ARN such as arn:aws:lambda:us-east-1:123456789012:layer:my-layer:3 (at most ${LAYER_ARN_MAX} characters)`,
        fix: /:layer:[a-zA-Z0-9-_]+$/.test(layer.arn ?? '')
          ? 'Add the version number to the layer ARN (a layer without version cannot be attached).'
          : 'Use the layer version ARN that PublishLayerVersion returned.',
      }));
  },
});
