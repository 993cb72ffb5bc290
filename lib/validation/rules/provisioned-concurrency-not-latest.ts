import { PROVISIONED_CONCURRENCY_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { stringValue } from '../values';

/** No provisioned concurrency on an alias that points to $LATEST (pc-not-latest). */
export const provisionedConcurrencyNotLatest: Rule = {
  id: 'LambdaKit.ProvisionedConcurrency.NotOnLatest',
  severity: Severity.ERROR,
  constraint: 'Provisioned concurrency is never allocated to $LATEST: not on an alias whose FunctionVersion is $LATEST.',
  source: PROVISIONED_CONCURRENCY_DOC,
  resourceTypes: ['AWS::Lambda::Alias'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const alias of model.ofType('AWS::Lambda::Alias')) {
      const version = stringValue(alias.properties.FunctionVersion);
      if (alias.properties.ProvisionedConcurrencyConfig !== undefined && version === '$LATEST') {
        findings.push({
          resource: alias,
          property: 'ProvisionedConcurrencyConfig',
          value: alias.properties.ProvisionedConcurrencyConfig,
          limit: 'absent when the alias points to $LATEST (the unpublished version)',
          fix: 'Point the alias at a published version (function.currentVersion), or remove the provisioned concurrency.',
        });
      }
    }
    return findings;
  },
};
