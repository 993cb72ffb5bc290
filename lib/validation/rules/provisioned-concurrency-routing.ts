import { PROVISIONED_CONCURRENCY_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { isIntrinsic } from '../values';

/** True for a condition or AWS::NoValue, which may leave the property out of the deployed template. */
function mayBeAbsent(value: unknown): boolean {
  const intrinsic = isIntrinsic(value) ? value as Record<string, unknown> : undefined;
  return intrinsic !== undefined && ('Fn::If' in intrinsic || intrinsic.Ref === 'AWS::NoValue');
}

/**
 * Provisioned concurrency on an alias cannot be managed while it has a routing configuration (pc-vs-routing): the
 * Alias schema excludes RoutingConfig with ProvisionedConcurrencyConfig (AWS's validator: F3020 [FATAL]).
 */
export const provisionedConcurrencyRouting: Rule = {
  id: 'LambdaKit.ProvisionedConcurrency.WithRouting',
  severity: Severity.ERROR,
  constraint: 'An alias has either a RoutingConfig or a ProvisionedConcurrencyConfig, not both: Lambda cannot manage provisioned concurrency on an alias while it routes to two versions.',
  source: PROVISIONED_CONCURRENCY_DOC,
  resourceTypes: ['AWS::Lambda::Alias'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const alias of model.ofType('AWS::Lambda::Alias')) {
      // The schema excludes the pair whatever the routing holds; only a condition (Fn::If) or AWS::NoValue may make it absent.
      const routing = alias.properties.RoutingConfig;
      if (alias.properties.ProvisionedConcurrencyConfig !== undefined && routing !== undefined && !mayBeAbsent(routing)) {
        findings.push({
          resource: alias,
          property: 'ProvisionedConcurrencyConfig',
          value: alias.properties.ProvisionedConcurrencyConfig,
          limit: 'absent while the alias has a RoutingConfig (Lambda cannot manage it during weighted routing)',
          fix: 'Put the provisioned concurrency on the versions, or on an alias without routing, instead of the weighted alias.',
        });
      }
    }
    return findings;
  },
};
