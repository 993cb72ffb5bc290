import { ESM_API_DOC, ESM_RECORD_AGE_INFINITE, ESM_RECORD_AGE_MAX_SECONDS, ESM_RECORD_AGE_MIN_SECONDS } from '../limits';
import { formatNumber, numberValue } from '../values';
import { mappingPropertyRule, outsideWholeRange } from './event-source-lookups';

/** MaximumRecordAgeInSeconds: -1 (infinite) or 60 to 604,800 (esm-max-record-age). */
export const kinesisMaximumRecordAge = mappingPropertyRule(
  'LambdaKit.Kinesis.MaximumRecordAge', ESM_API_DOC, 'MaximumRecordAgeInSeconds',
  `-1 (no maximum) or a whole number of seconds from ${ESM_RECORD_AGE_MIN_SECONDS} to ${formatNumber(ESM_RECORD_AGE_MAX_SECONDS)} (7 days)`,
  'Choose a maximum record age in that range.',
  value => numberValue(value) !== ESM_RECORD_AGE_INFINITE && outsideWholeRange(value, ESM_RECORD_AGE_MIN_SECONDS, ESM_RECORD_AGE_MAX_SECONDS),
);
