import { EDGE_EPHEMERAL_STORAGE_MAX_MB, EDGE_RESTRICTIONS_DOC } from '../limits';
import { numberValue, pathValue } from '../values';
import { edgeFunctionRule } from './edge-lookups';

/** Lambda@Edge: ephemeral storage of at most 512 MB (edge-ephemeral). */
export const edgeEphemeralStorage = edgeFunctionRule({
  id: 'LambdaKit.Edge.EphemeralStorage',
  constraint: `A Lambda@Edge function's EphemeralStorage.Size is at most ${EDGE_EPHEMERAL_STORAGE_MAX_MB} MB.`,
  source: EDGE_RESTRICTIONS_DOC,
  problems({ fn }) {
    const value = pathValue(fn.properties, 'EphemeralStorage.Size');
    const size = numberValue(value);
    if (size === undefined || size <= EDGE_EPHEMERAL_STORAGE_MAX_MB) return [];
    return [{ property: 'EphemeralStorage.Size', value, limit: `at most ${EDGE_EPHEMERAL_STORAGE_MAX_MB} MB for a Lambda@Edge function`, fix: 'Use the default 512 MB of /tmp.' }];
  },
});
