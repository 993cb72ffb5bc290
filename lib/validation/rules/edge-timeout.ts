import { EDGE_ORIGIN_TIMEOUT_SECONDS, EDGE_QUOTAS_DOC, EDGE_VIEWER_TIMEOUT_SECONDS, FUNCTION_DEFAULT_TIMEOUT_SECONDS } from '../limits';
import { numberValue } from '../values';
import { describeUse, edgeFunctionRule, isViewerEvent } from './edge-lookups';

/** Lambda@Edge Timeout: 5 s for viewer triggers, 30 s for origin triggers (edge-timeout). */
export const edgeTimeout = edgeFunctionRule({
  id: 'LambdaKit.Edge.Timeout',
  constraint: `A Lambda@Edge function's Timeout is at most ${EDGE_VIEWER_TIMEOUT_SECONDS} seconds for viewer triggers and ${EDGE_ORIGIN_TIMEOUT_SECONDS} seconds for origin triggers.`,
  source: EDGE_QUOTAS_DOC,
  problems(use) {
    const value = use.fn.properties.Timeout;
    const timeout = value === undefined ? FUNCTION_DEFAULT_TIMEOUT_SECONDS : numberValue(value);
    if (timeout === undefined) return [];
    const viewerEvent = use.eventTypes.find(isViewerEvent);
    const max = viewerEvent ? EDGE_VIEWER_TIMEOUT_SECONDS : EDGE_ORIGIN_TIMEOUT_SECONDS;
    if (timeout <= max) return [];
    return [{
      property: 'Timeout',
      value,
      limit: `at most ${max} seconds for a function used ${describeUse(use, viewerEvent)}`,
      fix: viewerEvent
        ? `Lower the timeout to ${max} seconds, or move the work to an origin trigger (up to ${EDGE_ORIGIN_TIMEOUT_SECONDS} seconds).`
        : `Lower the timeout to ${max} seconds.`,
    }];
  },
});
