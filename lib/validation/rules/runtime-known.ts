import { RUNTIMES_DOC } from '../limits';
import { Severity } from '../rule';
import { stringValue } from '../values';
import { functionRule } from './function-lookups';
import { runtimeLifecycle } from './runtime-lifecycle';

/**
 * Runtime is an identifier Lambda knows (fn-runtime-enum). A warning, not an error: LambdaLimits' table may lag a
 * runtime AWS released after it; a typo still fails at deploy.
 */
export const runtimeKnown = functionRule({
  id: 'LambdaKit.Runtime.Known',
  severity: Severity.WARNING,
  constraint: "Runtime is one of Lambda's runtime identifiers (warning: LambdaLimits' table may lag newly released runtimes).",
  source: RUNTIMES_DOC,
  requires: ['Runtime'],
  check(fn) {
    const runtime = stringValue(fn.properties.Runtime);
    if (runtime === undefined || runtimeLifecycle(runtime) !== undefined) return undefined;
    return {
      property: 'Runtime',
      value: runtime,
      limit: 'a Lambda runtime identifier such as nodejs22.x, python3.13 or java21',
      fix: 'Correct the runtime identifier (see the runtimes page); if it is a newly released runtime, skip this rule for the function.',
    };
  },
});
