import { RUNTIME_DEPRECATION_NOTICE_DAYS } from '../limits';
import { Severity } from '../rule';
import { runtimeLifecycleRule } from './runtime-lifecycle-rule';

/** A runtime that deprecates within 90 days: time to plan the upgrade (fn-runtime-deprecated, early notice). */
export const runtimeDeprecationSoon = runtimeLifecycleRule({
  id: 'LambdaKit.Runtime.DeprecationSoon',
  severity: Severity.WARNING,
  constraint: `Runtime does not deprecate within ${RUNTIME_DEPRECATION_NOTICE_DAYS} days.`,
  status: 'deprecates-soon',
  limit: (runtime, lifecycle) => `a runtime that does not deprecate within ${RUNTIME_DEPRECATION_NOTICE_DAYS} days (${runtime}: deprecates on ${lifecycle.deprecated})`,
});
