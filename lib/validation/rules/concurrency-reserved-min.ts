import { CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { numberValue } from '../values';
import { functionRule } from './function-lookups';

/** ReservedConcurrentExecutions: a whole number, at least 0 (fn-reserved-min). */
export const concurrencyReservedMin = functionRule({
  id: 'LambdaKit.Concurrency.ReservedMin',
  severity: Severity.ERROR,
  constraint: 'ReservedConcurrentExecutions is a whole number of at least 0.',
  source: CFN_FUNCTION_DOC,
  requires: ['ReservedConcurrentExecutions'],
  check(fn) {
    const value = fn.properties.ReservedConcurrentExecutions;
    const reserved = numberValue(value);
    if (reserved === undefined || (reserved >= 0 && Number.isInteger(reserved))) return undefined;
    return {
      property: 'ReservedConcurrentExecutions',
      value,
      limit: 'a whole number of at least 0',
      fix: 'Remove it to share the unreserved pool, or reserve a positive whole number of executions.',
    };
  },
});
