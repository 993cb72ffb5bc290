import { EDGE_RESTRICTIONS_DOC } from '../limits';
import { objectValue } from '../values';
import { edgeForbiddenProperty } from './edge-lookups';

/** Lambda@Edge functions take no environment variables (edge-no-env). */
export const edgeNoEnvironment = edgeForbiddenProperty(
  'LambdaKit.Edge.NoEnvironment', EDGE_RESTRICTIONS_DOC, 'Environment.Variables', 'environment variables',
  'Remove the environment variables: bake the values into the code or read them from the request or a configuration store.',
  value => Object.keys(objectValue(value) ?? {}).length > 0,
);
