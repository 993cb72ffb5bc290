import { MEMORY_MAX_MANAGED_INSTANCES_MB, MEMORY_MIN_MB, QUOTAS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { formatNumber, numberValue } from '../values';

/** MemorySize: 128 MB up to the account's cap (10,240 MB), or 32,768 MB with Lambda Managed Instances. */
export const functionMemorySize: Rule = {
  id: 'LambdaKit.Function.MemorySize',
  severity: Severity.ERROR,
  constraint: `MemorySize is a whole number from ${formatNumber(MEMORY_MIN_MB)} MB to the account's memory cap (10,240 MB by default; ${formatNumber(MEMORY_MAX_MANAGED_INSTANCES_MB)} MB with CapacityProviderConfig).`,
  source: QUOTAS_DOC,
  resourceTypes: ['AWS::Lambda::Function'],
  check({ model, options }) {
    const findings: Finding[] = [];
    for (const resource of model.ofType('AWS::Lambda::Function')) {
      const value = resource.properties.MemorySize;
      const memory = numberValue(value);
      if (memory === undefined) continue;
      const managed = resource.properties.CapacityProviderConfig !== undefined;
      const max = managed ? MEMORY_MAX_MANAGED_INSTANCES_MB : options.quotasOf(resource.stack).accountMaxMemoryMb;
      if (memory < MEMORY_MIN_MB || memory > max || !Number.isInteger(memory)) {
        findings.push({
          resource,
          property: 'MemorySize',
          value,
          limit: `a whole number of MB from ${formatNumber(MEMORY_MIN_MB)} to ${formatNumber(max)}`,
          fix: managed || max !== MEMORY_MAX_MANAGED_INSTANCES_MB
            ? `Choose a memory size in that range${managed ? '' : ' (larger sizes need Lambda Managed Instances, or a quota increase if your account is capped lower)'}.`
            : 'Choose a memory size in that range.',
        });
      }
    }
    return findings;
  },
};
