/** The SnapStart limitations share their shape: "with SnapStart on, this property must be ...". */
import { SNAPSTART_LIMITATIONS_DOC } from '../limits';
import type { ModelResource } from '../model';
import { Rule, RuleContext, Severity } from '../rule';
import { FunctionFinding, functionRule, snapStartEnabled } from './function-lookups';

export interface SnapStartRuleSpec {
  readonly id: string;
  readonly severity: Severity;
  readonly constraint: string;
  /** The finding for a function that has SnapStart on, or `undefined` when it is compatible (or unknown). */
  conflict(fn: ModelResource, context: RuleContext): FunctionFinding | undefined;
}

export function snapStartRule(spec: SnapStartRuleSpec): Rule {
  return functionRule({
    id: spec.id,
    severity: spec.severity,
    constraint: spec.constraint,
    source: SNAPSTART_LIMITATIONS_DOC,
    requires: ['SnapStart'],
    check: (fn, context) => snapStartEnabled(fn) ? spec.conflict(fn, context) : undefined,
  });
}

export const SNAPSTART_OFF = 'Turn SnapStart off (SnapStart.ApplyOn None)';
