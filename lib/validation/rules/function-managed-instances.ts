import {
  CFN_FUNCTION_DOC, EXECUTION_ENVIRONMENTS_MAX, MANAGED_INSTANCES_MAX_CONCURRENCY_MAX, MANAGED_INSTANCES_MEMORY_PER_VCPU_MAX,
  MANAGED_INSTANCES_MEMORY_PER_VCPU_MIN,
} from '../limits';
import { Severity } from '../rule';
import { formatNumber, numberValue, pathValue } from '../values';
import { checkRange, FunctionFinding, functionRule } from './function-lookups';

const LMI = 'CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig';

/** Lambda Managed Instances settings (fn-lmi-capacity-config, fn-lmi-scaling on the function). */
export const functionManagedInstances = functionRule({
  id: 'LambdaKit.Function.ManagedInstances',
  severity: Severity.ERROR,
  constraint: `PerExecutionEnvironmentMaxConcurrency is 1 to ${formatNumber(MANAGED_INSTANCES_MAX_CONCURRENCY_MAX)}, ExecutionEnvironmentMemoryGiBPerVCpu `
    + `${MANAGED_INSTANCES_MEMORY_PER_VCPU_MIN} to ${MANAGED_INSTANCES_MEMORY_PER_VCPU_MAX}, and FunctionScalingConfig's Min/MaxExecutionEnvironments `
    + `0 to ${formatNumber(EXECUTION_ENVIRONMENTS_MAX)} with min <= max.`,
  source: CFN_FUNCTION_DOC,
  requires: ['CapacityProviderConfig', 'FunctionScalingConfig'],
  check(fn) {
    const findings = [
      checkRange(fn, `${LMI}.PerExecutionEnvironmentMaxConcurrency`, 1, MANAGED_INSTANCES_MAX_CONCURRENCY_MAX, '',
        'Choose a per-environment concurrency in that range.'),
      checkRange(fn, `${LMI}.ExecutionEnvironmentMemoryGiBPerVCpu`, MANAGED_INSTANCES_MEMORY_PER_VCPU_MIN, MANAGED_INSTANCES_MEMORY_PER_VCPU_MAX, 'GiB',
        'Choose a memory-to-vCPU ratio in that range.'),
      checkRange(fn, 'FunctionScalingConfig.MinExecutionEnvironments', 0, EXECUTION_ENVIRONMENTS_MAX, '', 'Choose a minimum in that range.'),
      checkRange(fn, 'FunctionScalingConfig.MaxExecutionEnvironments', 0, EXECUTION_ENVIRONMENTS_MAX, '', 'Choose a maximum in that range.'),
    ].filter((finding): finding is FunctionFinding => finding !== undefined);
    const min = numberValue(pathValue(fn.properties, 'FunctionScalingConfig.MinExecutionEnvironments'));
    const max = numberValue(pathValue(fn.properties, 'FunctionScalingConfig.MaxExecutionEnvironments'));
    if (min !== undefined && max !== undefined && min > max) {
      findings.push({
        property: 'FunctionScalingConfig.MinExecutionEnvironments',
        value: min,
        limit: `at most MaxExecutionEnvironments (${formatNumber(max)})`,
        fix: 'Lower the minimum or raise the maximum.',
      });
    }
    return findings;
  },
});
