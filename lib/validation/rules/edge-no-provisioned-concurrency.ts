import { EDGE_RESTRICTIONS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { edgeFunctions } from './edge-lookups';
import { provisionedConcurrencies } from './versioning-lookups';

/** Lambda@Edge functions take no provisioned concurrency, reported on the version or alias that configures it (edge-no-pc). */
export const edgeNoProvisionedConcurrency: Rule = {
  id: 'LambdaKit.Edge.NoProvisionedConcurrency',
  severity: Severity.ERROR,
  constraint: 'No version or alias of a Lambda@Edge function has a ProvisionedConcurrencyConfig.',
  source: EDGE_RESTRICTIONS_DOC,
  resourceTypes: ['AWS::Lambda::Version', 'AWS::Lambda::Alias'],
  check({ model }) {
    const edge = new Set(edgeFunctions(model).map(use => use.fn));
    return provisionedConcurrencies(model).filter(config => config.fn?.resource && edge.has(config.fn.resource)).map((config): Finding => ({
      resource: config.resource,
      property: 'ProvisionedConcurrencyConfig',
      value: config.resource.properties.ProvisionedConcurrencyConfig,
      limit: `absent for a version or alias of the Lambda@Edge function ${config.fn!.resource!.path}`,
      fix: 'Remove the provisioned concurrency: Lambda@Edge does not support it.',
    }));
  },
};
