import { ESM_API_DOC, ESM_TUMBLING_WINDOW_MAX_SECONDS } from '../limits';
import { mappingPropertyRule, outsideWholeRange } from './event-source-lookups';

/** TumblingWindowInSeconds: 0 to 900 (esm-tumbling-window). */
export const kinesisTumblingWindow = mappingPropertyRule(
  'LambdaKit.Kinesis.TumblingWindow', ESM_API_DOC, 'TumblingWindowInSeconds',
  `a whole number of seconds from 0 to ${ESM_TUMBLING_WINDOW_MAX_SECONDS}`, 'Choose a tumbling window in that range.',
  value => outsideWholeRange(value, 0, ESM_TUMBLING_WINDOW_MAX_SECONDS),
);
