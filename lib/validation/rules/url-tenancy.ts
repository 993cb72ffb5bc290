import { CFN_URL_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { functionTarget } from './versioning-lookups';

/** No function URL for a tenant-isolated function (url-tenancy; only aws-cdk-lib states it). */
export const urlTenancy: Rule = {
  id: 'LambdaKit.Url.TenantIsolation',
  severity: Severity.WARNING,
  constraint: 'UNVERIFIED (aws-cdk-lib refuses it; no AWS text read): a function with a TenancyConfig has no function URL.',
  source: CFN_URL_DOC,
  resourceTypes: ['AWS::Lambda::Url'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const url of model.ofType('AWS::Lambda::Url')) {
      const fn = functionTarget(model, url, url.properties.TargetFunctionArn)?.fn.resource;
      if (fn?.properties.TenancyConfig === undefined) continue;
      findings.push({
        resource: url,
        property: 'TargetFunctionArn',
        value: url.properties.TargetFunctionArn,
        limit: `a function without TenancyConfig (${fn.path} is tenant-isolated)`,
        fix: 'Invoke tenant-isolated functions through the Invoke API with a tenant id instead of a function URL.',
      });
    }
    return findings;
  },
};
