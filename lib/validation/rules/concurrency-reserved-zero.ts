import { DEAD_LETTER_DOC } from '../limits';
import { Severity } from '../rule';
import { numberValue } from '../values';
import { functionRule } from './function-lookups';

/** Reserved concurrency 0 throttles every invocation; async events go to the DLQ/on-failure destination unretried (fn-reserved-zero). */
export const concurrencyReservedZero = functionRule({
  id: 'LambdaKit.Concurrency.ReservedZero',
  severity: Severity.WARNING,
  constraint: 'ReservedConcurrentExecutions is not 0, which throttles every invocation (a deliberate off switch should be acknowledged).',
  source: DEAD_LETTER_DOC,
  requires: ['ReservedConcurrentExecutions'],
  check(fn) {
    const value = fn.properties.ReservedConcurrentExecutions;
    if (numberValue(value) !== 0) return undefined;
    return {
      property: 'ReservedConcurrentExecutions',
      value,
      limit: 'at least 1 for a function that should run',
      fix: 'Reserve at least 1 execution or remove the setting; if the function is switched off on purpose, acknowledge this warning.',
    };
  },
});
