import { ESM_API_DOC, ESM_SOURCE_ACCESS_CONFIGURATIONS_MAX } from '../limits';
import { arrayValue } from '../values';
import { mappingPropertyRule } from './event-source-lookups';

/** SourceAccessConfigurations: at most 22 items (esm-source-access-count). */
export const eventSourceMappingSourceAccess = mappingPropertyRule(
  'LambdaKit.EventSourceMapping.SourceAccessConfigurations', ESM_API_DOC, 'SourceAccessConfigurations',
  `a list of at most ${ESM_SOURCE_ACCESS_CONFIGURATIONS_MAX} items`, 'Remove the configurations the source does not need.',
  value => (arrayValue(value)?.length ?? 0) > ESM_SOURCE_ACCESS_CONFIGURATIONS_MAX,
);
