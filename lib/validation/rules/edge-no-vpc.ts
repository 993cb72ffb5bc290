import { EDGE_RESTRICTIONS_DOC } from '../limits';
import { arrayValue } from '../values';
import { edgeForbiddenProperty } from './edge-lookups';

/** Lambda@Edge functions cannot be attached to a VPC (edge-no-vpc). */
export const edgeNoVpc = edgeForbiddenProperty(
  'LambdaKit.Edge.NoVpc', EDGE_RESTRICTIONS_DOC, 'VpcConfig.SubnetIds', 'VPC access', 'Remove the VPC configuration from the edge function.',
  value => (arrayValue(value)?.length ?? 0) > 0,
);
