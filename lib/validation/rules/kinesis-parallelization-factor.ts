import { ESM_API_DOC, ESM_PARALLELIZATION_MAX, ESM_PARALLELIZATION_MIN } from '../limits';
import { mappingPropertyRule, outsideWholeRange } from './event-source-lookups';

/** ParallelizationFactor: 1 to 10 (esm-parallelization). */
export const kinesisParallelizationFactor = mappingPropertyRule(
  'LambdaKit.Kinesis.ParallelizationFactor', ESM_API_DOC, 'ParallelizationFactor',
  `a whole number from ${ESM_PARALLELIZATION_MIN} to ${ESM_PARALLELIZATION_MAX}`, 'Choose a parallelization factor in that range.',
  value => outsideWholeRange(value, ESM_PARALLELIZATION_MIN, ESM_PARALLELIZATION_MAX),
);
