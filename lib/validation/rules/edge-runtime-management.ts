import { EDGE_RESTRICTIONS_DOC } from '../limits';
import { pathValue, stringValue } from '../values';
import { edgeFunctionRule } from './edge-lookups';

/** Lambda@Edge: runtime management mode Auto only (edge-runtime-mgmt). */
export const edgeRuntimeManagement = edgeFunctionRule({
  id: 'LambdaKit.Edge.RuntimeManagement',
  constraint: "A Lambda@Edge function's RuntimeManagementConfig.UpdateRuntimeOn is Auto (the default).",
  source: EDGE_RESTRICTIONS_DOC,
  problems({ fn }) {
    const value = pathValue(fn.properties, 'RuntimeManagementConfig.UpdateRuntimeOn');
    const mode = stringValue(value);
    if (mode === undefined || mode === 'Auto') return [];
    return [{ property: 'RuntimeManagementConfig.UpdateRuntimeOn', value, limit: 'Auto for a Lambda@Edge function', fix: 'Remove RuntimeManagementConfig (Auto is the default).' }];
  },
});
