import { Severity } from '../rule';
import { SQS_SCALING_DOC } from '../limits';
import { formatNumber, numberValue, pathValue } from '../values';
import { mappingFunction, mappingRule } from './event-source-lookups';

/**
 * MaximumConcurrency above the target function's reserved concurrency: the poller keeps invoking, the
 * function throttles, messages return to the queue (esm-sqs-max-concurrency-vs-reserved, UNVERIFIED wording).
 */
export const sqsMaximumConcurrencyReserved = mappingRule({
  id: 'LambdaKit.Sqs.MaximumConcurrencyAboveReserved',
  severity: Severity.WARNING,
  constraint: "UNVERIFIED: an SQS mapping's ScalingConfig.MaximumConcurrency is at most the target function's ReservedConcurrentExecutions (above it the function throttles).",
  source: SQS_SCALING_DOC,
  requires: ['ScalingConfig'],
  problems(mapping, _source, { model }) {
    const value = pathValue(mapping.properties, 'ScalingConfig.MaximumConcurrency');
    const maximum = numberValue(value);
    if (maximum === undefined) return [];
    const fn = mappingFunction(model, mapping);
    const reserved = fn && numberValue(fn.properties.ReservedConcurrentExecutions);
    if (reserved === undefined || maximum <= reserved) return [];
    return [{
      property: 'ScalingConfig.MaximumConcurrency',
      value,
      limit: `at most the ReservedConcurrentExecutions of ${fn!.path} (${formatNumber(reserved)})`,
      fix: 'Lower the maximum concurrency to the reserved concurrency, or raise the reserved concurrency, so that Lambda does not throttle the mapping\'s invocations.',
    }];
  },
});
