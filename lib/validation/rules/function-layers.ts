/** Shared by the layer rules: what each item of a function's Layers names. */
import type { LambdaModel, ModelResource } from '../model';
import { arrayValue, stringValue } from '../values';

/** One item of Function.Layers, as far as the app can tell. */
export interface LayerReference {
  /** The item as written. */
  readonly value: unknown;
  /** The literal ARN, when the item is one. */
  readonly arn?: string;
  /** The in-app AWS::Lambda::LayerVersion, when the item refers to one. */
  readonly layerVersion?: ModelResource;
  /** Equal keys mean the same layer version. */
  readonly versionKey?: string;
  /** Equal keys mean the same layer (any version). */
  readonly layerKey?: string;
}

/** `arn:partition:lambda:region:account:layer:name:version` */
export const LAYER_VERSION_ARN = /^arn:[a-zA-Z0-9-]+:lambda:([a-zA-Z0-9-]+):(\d{12}):layer:([a-zA-Z0-9-_]+):([0-9]+)$/;
/** `arn:partition:lambda:::awslayer:name` (AWS-managed layers). */
export const AWS_LAYER_ARN = /^arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+$/;

/** The layers a function lists. */
export function layerReferences(model: LambdaModel, fn: ModelResource): LayerReference[] {
  return (arrayValue(fn.properties.Layers) ?? []).map(value => {
    const arn = stringValue(value);
    if (arn !== undefined) {
      const match = LAYER_VERSION_ARN.exec(arn);
      return { value, arn, versionKey: `arn:${arn}`, layerKey: match ? `${match[2]}:${match[1]}:${match[3]}` : undefined };
    }
    const referenced = model.referenced(fn, value);
    if (referenced?.type !== 'AWS::Lambda::LayerVersion') return { value };
    const name = stringValue(referenced.properties.LayerName);
    const stack = referenced.stack;
    return {
      value,
      layerVersion: referenced,
      versionKey: `resource:${stack.node.path}/${referenced.logicalId}`,
      layerKey: name !== undefined ? `${stack.account}:${stack.region}:${name}` : undefined,
    };
  });
}
