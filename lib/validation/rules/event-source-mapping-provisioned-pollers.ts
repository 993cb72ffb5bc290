import {
  ESM_MAX_POLLERS_MAX, ESM_MIN_POLLERS_MAX, ESM_POLLERS_MIN, SQS_PARAMETERS_DOC, SQS_POLLERS_MIN,
} from '../limits';
import { formatNumber, numberValue, objectValue } from '../values';
import { MappingProblem, mappingRule, outsideWholeRange } from './event-source-lookups';

/**
 * ProvisionedPollerConfig: MinimumPollers 1-200 and MaximumPollers 1-2,000 (2-200 and 2-2,000 for SQS), minimum at most
 * maximum (esm-pollers-range, esm-sqs-pollers-range).
 */
export const eventSourceMappingProvisionedPollers = mappingRule({
  id: 'LambdaKit.EventSourceMapping.ProvisionedPollers',
  constraint: `ProvisionedPollerConfig.MinimumPollers is ${ESM_POLLERS_MIN} to ${ESM_MIN_POLLERS_MAX} and MaximumPollers ${ESM_POLLERS_MIN} to ${formatNumber(ESM_MAX_POLLERS_MAX)} (from ${SQS_POLLERS_MIN} for SQS), with MinimumPollers at most MaximumPollers.`,
  source: SQS_PARAMETERS_DOC,
  requires: ['ProvisionedPollerConfig'],
  problems(mapping, source) {
    const config = objectValue(mapping.properties.ProvisionedPollerConfig);
    if (!config) return [];
    const low = source?.kind === 'sqs' ? SQS_POLLERS_MIN : ESM_POLLERS_MIN;
    const forSqs = source?.kind === 'sqs' ? ' for an SQS queue' : '';
    const problems: MappingProblem[] = [];
    for (const [name, max] of [['MinimumPollers', ESM_MIN_POLLERS_MAX], ['MaximumPollers', ESM_MAX_POLLERS_MAX]] as const) {
      if (outsideWholeRange(config[name], low, max)) {
        problems.push({
          property: `ProvisionedPollerConfig.${name}`,
          value: config[name],
          limit: `a whole number from ${low} to ${formatNumber(max)}${forSqs}`,
          fix: 'Choose a number of pollers in that range.',
        });
      }
    }
    const min = numberValue(config.MinimumPollers);
    const max = numberValue(config.MaximumPollers);
    if (min !== undefined && max !== undefined && min > max) {
      problems.push({
        property: 'ProvisionedPollerConfig.MinimumPollers',
        value: config.MinimumPollers,
        limit: `at most MaximumPollers (${formatNumber(max)})`,
        fix: 'Lower MinimumPollers or raise MaximumPollers.',
      });
    }
    return problems;
  },
});
