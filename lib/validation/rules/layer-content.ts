import { CFN_LAYER_DOC } from '../limits';
import { objectValue } from '../values';
import { propertyRule } from './versioning-lookups';

/** Content: an S3Bucket and S3Key; layers have no inline code (layer-content). */
export const layerContent = propertyRule({
  id: 'LambdaKit.Layer.Content',
  constraint: "A LayerVersion's Content names an S3Bucket and an S3Key (layers have no inline ZipFile).",
  source: CFN_LAYER_DOC,
  resourceType: 'AWS::Lambda::LayerVersion',
  property: 'Content',
  limit: 'an object with S3Bucket and S3Key (no ZipFile)',
  fix: 'Package the layer as a zip asset (Code.fromAsset) or point it at an object in S3.',
  checkAbsent: true,
  violates: (value, resource) => {
    if (value === undefined) return Object.keys(resource.properties).length > 0;
    const content = objectValue(value);
    return content !== undefined && (content.S3Bucket === undefined || content.S3Key === undefined || content.ZipFile !== undefined);
  },
});
