import { Severity } from '../rule';
import { runtimeLifecycleRule } from './runtime-lifecycle-rule';

/** Lambda refuses to create functions on a runtime past its block-create date (fn-runtime-create-blocked). */
export const runtimeCreateBlocked = runtimeLifecycleRule({
  id: 'LambdaKit.Runtime.CreateBlocked',
  severity: Severity.ERROR,
  constraint: "Runtime is not past its 'block function create' date (new functions on it fail; existing ones can still be updated until the block-update date).",
  status: 'create-blocked',
  limit: (runtime, lifecycle) => `a runtime Lambda still creates functions on (${runtime}: creation blocked since ${lifecycle.blockCreate}`
    + `${lifecycle.blockUpdate ? `, updates blocked from ${lifecycle.blockUpdate}` : ''})`,
});
