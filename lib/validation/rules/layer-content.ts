import { CFN_LAYER_DOC } from '../limits';
import { objectValue } from '../values';
import { propertyRule } from './versioning-lookups';

/** Content: layers have no inline code (layer-content; missing S3Bucket/S3Key are LambdaKit.Layer.Schema's). */
export const layerContent = propertyRule({
  id: 'LambdaKit.Layer.Content',
  constraint: "A LayerVersion's Content is an S3 location: layers have no inline ZipFile.",
  source: CFN_LAYER_DOC,
  resourceType: 'AWS::Lambda::LayerVersion',
  property: 'Content',
  limit: 'an S3 location (S3Bucket and S3Key), without ZipFile',
  fix: 'Package the layer as a zip asset (Code.fromAsset) or point it at an object in S3.',
  violates: value => objectValue(value)?.ZipFile !== undefined,
});
