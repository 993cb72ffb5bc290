import { CFN_FUNCTION_DOC, TIMEOUT_MAX_MANAGED_INSTANCES_SECONDS, TIMEOUT_MAX_SECONDS, TIMEOUT_MIN_SECONDS } from '../limits';
import { Severity } from '../rule';
import { formatNumber } from '../values';
import { checkRange, functionRule, onManagedInstances } from './function-lookups';

/** Timeout: 1 to 900 whole seconds, or up to 5,400 on Lambda Managed Instances (fn-timeout-min, -max, -max-lmi, -whole-seconds). */
export const functionTimeout = functionRule({
  id: 'LambdaKit.Function.Timeout',
  severity: Severity.ERROR,
  constraint: `Timeout is a whole number of seconds from ${TIMEOUT_MIN_SECONDS} to ${TIMEOUT_MAX_SECONDS} (${formatNumber(TIMEOUT_MAX_MANAGED_INSTANCES_SECONDS)} with CapacityProviderConfig).`,
  source: CFN_FUNCTION_DOC,
  requires: ['Timeout'],
  check(fn) {
    const managed = onManagedInstances(fn);
    return checkRange(fn, 'Timeout', TIMEOUT_MIN_SECONDS, managed ? TIMEOUT_MAX_MANAGED_INSTANCES_SECONDS : TIMEOUT_MAX_SECONDS, 'seconds',
      managed
        ? 'Choose a timeout in that range.'
        : 'Choose a timeout in that range (up to 15 minutes); longer work belongs in Step Functions, durable functions or Lambda Managed Instances.');
  },
});
