import { EDGE_RESTRICTIONS_DOC } from '../limits';
import { stringValue } from '../values';
import { edgeFunctionRule } from './edge-lookups';

/** Lambda@Edge supports Node.js and Python runtimes only (edge-runtime). */
export const edgeRuntime = edgeFunctionRule({
  id: 'LambdaKit.Edge.Runtime',
  constraint: 'A Lambda@Edge function uses a Node.js or Python runtime.',
  source: EDGE_RESTRICTIONS_DOC,
  problems({ fn }) {
    const value = fn.properties.Runtime;
    const runtime = stringValue(value);
    if (runtime === undefined || runtime.startsWith('nodejs') || runtime.startsWith('python')) return [];
    return [{ property: 'Runtime', value, limit: 'a Node.js or Python runtime for a Lambda@Edge function', fix: 'Write the edge function for Node.js or Python.' }];
  },
});
