import { EDGE_RESTRICTIONS_DOC } from '../limits';
import { arrayValue } from '../values';
import { edgeForbiddenProperty } from './edge-lookups';

/** Lambda@Edge functions take no layers (edge-no-layers). */
export const edgeNoLayers = edgeForbiddenProperty(
  'LambdaKit.Edge.NoLayers', EDGE_RESTRICTIONS_DOC, 'Layers', 'layers', 'Bundle the layer\'s code into the function package instead.',
  value => (arrayValue(value)?.length ?? 0) > 0,
);
