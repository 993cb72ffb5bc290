import { Severity } from '../rule';
import { runtimeLifecycleRule } from './runtime-lifecycle-rule';

/** Lambda refuses to update (and create) functions on a runtime past its block-update date (fn-runtime-update-blocked). */
export const runtimeUpdateBlocked = runtimeLifecycleRule({
  id: 'LambdaKit.Runtime.UpdateBlocked',
  severity: Severity.ERROR,
  constraint: "Runtime is not past its 'block function update' date (the evaluation date is LambdaLimits' evaluationDate, today by default).",
  status: 'update-blocked',
  limit: (runtime, lifecycle) => `a runtime Lambda still deploys (${runtime}: updates blocked since ${lifecycle.blockUpdate})`,
});
