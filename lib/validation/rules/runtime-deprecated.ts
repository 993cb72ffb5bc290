import { Severity } from '../rule';
import { runtimeLifecycleRule } from './runtime-lifecycle-rule';

/** A deprecated runtime gets no more security patches (fn-runtime-deprecated). */
export const runtimeDeprecated = runtimeLifecycleRule({
  id: 'LambdaKit.Runtime.Deprecated',
  severity: Severity.WARNING,
  constraint: 'Runtime is not deprecated (deprecated runtimes get no security patches and are later blocked).',
  status: 'deprecated',
  limit: (runtime, lifecycle) => `a runtime that is not deprecated (${runtime}: deprecated since ${lifecycle.deprecated}`
    + `${lifecycle.blockCreate ? `, creation blocked from ${lifecycle.blockCreate}` : ''})`,
});
