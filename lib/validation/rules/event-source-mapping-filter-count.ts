import { ESM_FILTERS_DEFAULT_MAX, ESM_FILTERS_QUOTA_MAX, FILTERING_DOC } from '../limits';
import { Severity } from '../rule';
import { arrayValue, pathValue } from '../values';
import { mappingRule } from './event-source-lookups';

/** FilterCriteria.Filters: at most 5 by default (a warning up to 10, the quota-increase maximum) (esm-filters-count). */
export const eventSourceMappingFilterCount = mappingRule({
  id: 'LambdaKit.EventSourceMapping.FilterCount',
  constraint: `FilterCriteria has at most ${ESM_FILTERS_DEFAULT_MAX} filters by default (a warning up to ${ESM_FILTERS_QUOTA_MAX}, the most a quota increase allows; an error above).`,
  source: FILTERING_DOC,
  requires: ['FilterCriteria'],
  problems(mapping) {
    const value = pathValue(mapping.properties, 'FilterCriteria.Filters');
    const filters = arrayValue(value);
    if (!filters || filters.length <= ESM_FILTERS_DEFAULT_MAX) return [];
    const overQuota = filters.length > ESM_FILTERS_QUOTA_MAX;
    return [{
      property: 'FilterCriteria.Filters',
      value: `${filters.length} filters`,
      limit: overQuota
        ? `at most ${ESM_FILTERS_QUOTA_MAX} filters (the most a quota increase allows)`
        : `at most ${ESM_FILTERS_DEFAULT_MAX} filters unless the account's quota was raised (up to ${ESM_FILTERS_QUOTA_MAX})`,
      fix: overQuota
        ? 'Combine filters: one pattern can match several values with arrays and "anything-but"/"prefix" rules.'
        : 'Combine filters into fewer patterns, or request a quota increase for filters per event source mapping.',
      severity: overQuota ? Severity.ERROR : Severity.WARNING,
    }];
  },
});
