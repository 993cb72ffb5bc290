import { CFN_ESM_DOC } from '../limits';
import { arrayValue, pathValue, stringValue } from '../values';
import { mappingRule } from './event-source-lookups';

const METRICS = ['EventCount', 'ErrorCount', 'KafkaMetrics'];

/** MetricsConfig.Metrics: non-empty, each of EventCount, ErrorCount, KafkaMetrics at most once (esm-metrics-config). */
export const eventSourceMappingMetricsConfig = mappingRule({
  id: 'LambdaKit.EventSourceMapping.MetricsConfig',
  constraint: `MetricsConfig.Metrics is a non-empty list of distinct values among ${METRICS.join(', ')}.`,
  source: CFN_ESM_DOC,
  requires: ['MetricsConfig'],
  problems(mapping) {
    const value = pathValue(mapping.properties, 'MetricsConfig.Metrics');
    const metrics = arrayValue(value);
    if (!metrics) return [];
    const names = metrics.map(stringValue);
    const known = names.filter((name): name is string => name !== undefined);
    const invalid = metrics.length === 0 || known.some(name => !METRICS.includes(name)) || new Set(known).size !== known.length;
    if (!invalid) return [];
    return [{
      property: 'MetricsConfig.Metrics',
      value,
      limit: `a non-empty list of distinct values among ${METRICS.join(', ')}`,
      fix: 'List each metric group once, or remove MetricsConfig.',
    }];
  },
});
