import { PROVISIONED_CONCURRENCY_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { provisionedConcurrencies } from './versioning-lookups';

/** No provisioned concurrency for a tenant-isolated function (pc-tenancy; only aws-cdk-lib states it). */
export const provisionedConcurrencyTenancy: Rule = {
  id: 'LambdaKit.ProvisionedConcurrency.TenantIsolation',
  severity: Severity.WARNING,
  constraint: 'UNVERIFIED (aws-cdk-lib refuses it; no AWS text read): provisioned concurrency is not supported for functions with a TenancyConfig.',
  source: PROVISIONED_CONCURRENCY_DOC,
  resourceTypes: ['AWS::Lambda::Version', 'AWS::Lambda::Alias'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const config of provisionedConcurrencies(model)) {
      const fn = config.fn?.resource;
      if (fn?.properties.TenancyConfig === undefined) continue;
      findings.push({
        resource: config.resource,
        property: 'ProvisionedConcurrencyConfig',
        value: config.resource.properties.ProvisionedConcurrencyConfig,
        limit: `absent for a function with TenancyConfig (${fn.path})`,
        fix: 'Remove the provisioned concurrency, or the tenant isolation mode of the function.',
      });
    }
    return findings;
  },
};
