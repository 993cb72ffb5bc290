/** The four runtime-lifecycle rules differ only in which status they report and how they word it. */
import { RUNTIME_DEPRECATION_NOTICE_DAYS, RUNTIMES_DOC } from '../limits';
import { Rule, Severity } from '../rule';
import { stringValue } from '../values';
import { functionRule } from './function-lookups';
import { RuntimeLifecycle, runtimeLifecycle, RuntimeStatus, runtimeStatus, successorOf } from './runtime-lifecycle';

export interface LifecycleRuleSpec {
  readonly id: string;
  readonly severity: Severity;
  readonly constraint: string;
  readonly status: RuntimeStatus;
  /** The limit, in words, for a runtime in this status. */
  limit(runtime: string, lifecycle: RuntimeLifecycle): string;
}

export function runtimeLifecycleRule(spec: LifecycleRuleSpec): Rule {
  return functionRule({
    id: spec.id,
    severity: spec.severity,
    constraint: spec.constraint,
    source: RUNTIMES_DOC,
    check(fn, { options }) {
      const runtime = stringValue(fn.properties.Runtime);
      const lifecycle = runtime === undefined ? undefined : runtimeLifecycle(runtime);
      if (runtime === undefined || lifecycle === undefined) return undefined;
      if (runtimeStatus(lifecycle, options.today, RUNTIME_DEPRECATION_NOTICE_DAYS) !== spec.status) return undefined;
      const successor = successorOf(runtime, options.today);
      return {
        property: 'Runtime',
        value: runtime,
        limit: spec.limit(runtime, lifecycle),
        fix: successor !== undefined && successor !== runtime
          ? `Upgrade the function to ${successor} (or another supported runtime) and test it.`
          : 'Upgrade the function to a supported runtime and test it.',
      };
    },
  });
}
