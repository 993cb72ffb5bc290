import { EDGE_QUOTAS_DOC, EDGE_VIEWER_MEMORY_MB } from '../limits';
import { numberValue } from '../values';
import { describeUse, edgeFunctionRule, isViewerEvent } from './edge-lookups';

/** Lambda@Edge MemorySize: 128 MB for viewer triggers (edge-memory). */
export const edgeMemorySize = edgeFunctionRule({
  id: 'LambdaKit.Edge.MemorySize',
  constraint: `A Lambda@Edge function used as a viewer trigger has a MemorySize of ${EDGE_VIEWER_MEMORY_MB} MB.`,
  source: EDGE_QUOTAS_DOC,
  problems(use) {
    const viewerEvent = use.eventTypes.find(isViewerEvent);
    const value = use.fn.properties.MemorySize;
    const memory = numberValue(value);
    if (!viewerEvent || memory === undefined || memory <= EDGE_VIEWER_MEMORY_MB) return [];
    return [{
      property: 'MemorySize',
      value,
      limit: `${EDGE_VIEWER_MEMORY_MB} MB for a function used ${describeUse(use, viewerEvent)}`,
      fix: `Set the memory size to ${EDGE_VIEWER_MEMORY_MB} MB, or move the work to an origin trigger (which may use more memory).`,
    }];
  },
});
