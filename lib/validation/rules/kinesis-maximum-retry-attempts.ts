import { ESM_API_DOC, ESM_RETRY_ATTEMPTS_MAX, ESM_RETRY_ATTEMPTS_MIN } from '../limits';
import { formatNumber } from '../values';
import { mappingPropertyRule, outsideWholeRange } from './event-source-lookups';

/** MaximumRetryAttempts: -1 (infinite) to 10,000 (esm-retry-attempts). */
export const kinesisMaximumRetryAttempts = mappingPropertyRule(
  'LambdaKit.Kinesis.MaximumRetryAttempts', ESM_API_DOC, 'MaximumRetryAttempts',
  `-1 (retry until the record expires) or a whole number from 0 to ${formatNumber(ESM_RETRY_ATTEMPTS_MAX)}`, 'Choose a retry count in that range.',
  value => outsideWholeRange(value, ESM_RETRY_ATTEMPTS_MIN, ESM_RETRY_ATTEMPTS_MAX),
);
