import { Severity } from '../rule';
import { pathValue } from '../values';
import { SNAPSTART_OFF, snapStartRule } from './snapstart-rule';

/** No SnapStart on a tenant-isolated function (fn-snapstart-tenancy; aws-cdk-lib refuses it, the AWS source is UNVERIFIED). */
export const snapStartTenantIsolation = snapStartRule({
  id: 'LambdaKit.SnapStart.TenantIsolation',
  severity: Severity.WARNING,
  constraint: 'SnapStart is not used with tenant isolation (TenancyConfig.TenantIsolationMode PER_TENANT) (UNVERIFIED: aws-cdk-lib refuses it; AWS source not read).',
  conflict(fn) {
    if (pathValue(fn.properties, 'TenancyConfig.TenantIsolationMode') !== 'PER_TENANT') return undefined;
    return {
      property: 'SnapStart',
      value: fn.properties.SnapStart,
      limit: 'absent on a tenant-isolated function (TenantIsolationMode PER_TENANT)',
      fix: `${SNAPSTART_OFF}, or drop tenant isolation.`,
    };
  },
});
