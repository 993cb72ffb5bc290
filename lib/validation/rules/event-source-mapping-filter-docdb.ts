import { FILTERING_DOC } from '../limits';
import { mappingRule, refusedParameters } from './event-source-lookups';

/** DocumentDB mappings do not support event filtering (esm-filter-docdb). */
export const eventSourceMappingFilterDocumentDb = mappingRule({
  id: 'LambdaKit.EventSourceMapping.FilterDocumentDb',
  constraint: 'A DocumentDB mapping sets no FilterCriteria (Lambda does not support event filtering for Amazon DocumentDB).',
  source: FILTERING_DOC,
  requires: ['FilterCriteria'],
  problems: (mapping, source) => source?.kind === 'docdb'
    ? refusedParameters(mapping, source, ['FilterCriteria'], [], 'other event sources').map(problem => ({
      ...problem, fix: 'Remove FilterCriteria and filter the change events in the function.',
    }))
    : [],
});
