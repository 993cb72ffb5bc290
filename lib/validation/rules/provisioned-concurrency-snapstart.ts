import { SNAPSTART_LIMITATIONS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { pathValue, stringValue } from '../values';
import { provisionedConcurrencies } from './versioning-lookups';

/** SnapStart and provisioned concurrency do not combine (fn-snapstart-no-pc, table section 1). */
export const snapStartNoProvisionedConcurrency: Rule = {
  id: 'LambdaKit.SnapStart.NoProvisionedConcurrency',
  severity: Severity.ERROR,
  constraint: 'A function with SnapStart (ApplyOn PublishedVersions) has no provisioned concurrency on its versions or aliases.',
  source: SNAPSTART_LIMITATIONS_DOC,
  resourceTypes: ['AWS::Lambda::Version', 'AWS::Lambda::Alias'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const config of provisionedConcurrencies(model)) {
      const fn = config.fn?.resource;
      if (!fn || stringValue(pathValue(fn.properties, 'SnapStart.ApplyOn')) !== 'PublishedVersions') continue;
      findings.push({
        resource: config.resource,
        property: 'ProvisionedConcurrencyConfig',
        value: config.resource.properties.ProvisionedConcurrencyConfig,
        limit: `absent: ${fn.path} uses SnapStart, which does not support provisioned concurrency`,
        fix: 'Use either SnapStart or provisioned concurrency for this function, not both.',
      });
    }
    return findings;
  },
};
