import { RUNTIMES_DOC } from '../limits';
import { Severity } from '../rule';
import { arrayValue, stringValue } from '../values';
import { functionRule } from './function-lookups';
import { X86_ONLY_RUNTIMES } from './runtime-lifecycle';

/** arm64 with an Amazon Linux 1 era runtime that never had it (fn-arch-runtime-compat, UNVERIFIED list). */
export const functionArchitectureRuntime = functionRule({
  id: 'LambdaKit.Function.ArchitectureRuntime',
  severity: Severity.WARNING,
  constraint: 'arm64 is used only with runtimes that offer it (UNVERIFIED list of x86_64-only runtimes: the Amazon Linux 1 era ones).',
  source: RUNTIMES_DOC,
  requires: ['Architectures'],
  check(fn) {
    const runtime = stringValue(fn.properties.Runtime);
    const architecture = stringValue(arrayValue(fn.properties.Architectures)?.[0]);
    if (architecture !== 'arm64' || runtime === undefined || !X86_ONLY_RUNTIMES.includes(runtime)) return undefined;
    return {
      property: 'Architectures',
      value: architecture,
      limit: `x86_64 with ${runtime}, which has no arm64 build`,
      fix: 'Move to a current runtime (all of them offer arm64), or use x86_64.',
    };
  },
});
