import { EDGE_RESTRICTIONS_DOC } from '../limits';
import { arrayValue, stringValue } from '../values';
import { edgeFunctionRule } from './edge-lookups';

/** Lambda@Edge supports x86_64 only (edge-no-arm64). */
export const edgeArchitecture = edgeFunctionRule({
  id: 'LambdaKit.Edge.Architecture',
  constraint: 'A Lambda@Edge function runs on x86_64 (Architectures absent or [x86_64]).',
  source: EDGE_RESTRICTIONS_DOC,
  problems({ fn }) {
    const value = fn.properties.Architectures;
    const names = arrayValue(value)?.map(stringValue);
    if (!names || !names.some(name => name !== undefined && name !== 'x86_64')) return [];
    return [{ property: 'Architectures', value, limit: 'x86_64 for a Lambda@Edge function', fix: 'Build the function for x86_64 (Architecture.X86_64).' }];
  },
});
