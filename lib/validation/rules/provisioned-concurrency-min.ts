import { PROVISIONED_CONCURRENCY_API_DOC, PROVISIONED_CONCURRENCY_MIN } from '../limits';
import { numberValue } from '../values';
import { propertyRule } from './versioning-lookups';

/** ProvisionedConcurrentExecutions >= 1 on Versions and Aliases (pc-min). */
export const provisionedConcurrencyMin = propertyRule({
  id: 'LambdaKit.ProvisionedConcurrency.Minimum',
  constraint: `ProvisionedConcurrentExecutions on a Version or Alias is a whole number of at least ${PROVISIONED_CONCURRENCY_MIN}.`,
  source: PROVISIONED_CONCURRENCY_API_DOC,
  resourceType: ['AWS::Lambda::Version', 'AWS::Lambda::Alias'],
  property: 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions',
  limit: `a whole number of at least ${PROVISIONED_CONCURRENCY_MIN}`,
  fix: 'Allocate at least one execution environment, or remove the provisioned concurrency configuration.',
  violates: value => {
    const executions = numberValue(value);
    return executions !== undefined && (executions < PROVISIONED_CONCURRENCY_MIN || !Number.isInteger(executions));
  },
});
