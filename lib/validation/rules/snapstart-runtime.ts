import { Severity } from '../rule';
import { stringValue } from '../values';
import { isContainerImage } from './function-lookups';
import { supportsSnapStart } from './runtime-lifecycle';
import { SNAPSTART_OFF, snapStartRule } from './snapstart-rule';

/** SnapStart supports Java 11+, Python 3.12+ and .NET 8+ managed runtimes (fn-snapstart-runtime). */
export const snapStartRuntime = snapStartRule({
  id: 'LambdaKit.SnapStart.Runtime',
  severity: Severity.ERROR,
  constraint: 'SnapStart is used only with a Java 11+, Python 3.12+ or .NET 8+ managed runtime.',
  conflict(fn) {
    const runtime = stringValue(fn.properties.Runtime);
    if (runtime === undefined || isContainerImage(fn) || supportsSnapStart(runtime)) return undefined;
    return {
      property: 'SnapStart',
      value: fn.properties.SnapStart,
      limit: `absent or ApplyOn None with runtime ${runtime} (SnapStart supports Java 11+, Python 3.12+ and .NET 8+)`,
      fix: `${SNAPSTART_OFF}, or move to a runtime SnapStart supports; provisioned concurrency also removes cold starts.`,
    };
  },
});
