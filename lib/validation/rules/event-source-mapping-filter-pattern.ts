import { ESM_FILTER_PATTERN_MAX, FILTERING_DOC } from '../limits';
import { formatNumber, objectValue, pathValue, stringValue } from '../values';
import { MappingProblem, mappingRule } from './event-source-lookups';

/** Why a parsed pattern is not filter-rule syntax, or undefined when it is: every leaf value is an array of matches. */
function patternError(pattern: unknown, where: string): string | undefined {
  if (pattern === null || typeof pattern !== 'object' || Array.isArray(pattern)) return `${where} is not a JSON object`;
  for (const [key, value] of Object.entries(pattern as Record<string, unknown>)) {
    if (Array.isArray(value)) continue;
    const error = patternError(value, `"${key}"`);
    if (error) return value === null || typeof value !== 'object' ? `"${key}" is not an array of values to match` : error;
  }
  return undefined;
}

/**
 * Each filter Pattern is a JSON object of at most 4,096 characters whose leaf values are arrays
 * (esm-filter-pattern-length, esm-filter-pattern-syntax).
 */
export const eventSourceMappingFilterPattern = mappingRule({
  id: 'LambdaKit.EventSourceMapping.FilterPattern',
  constraint: `Each FilterCriteria filter Pattern is a JSON object in filter-rule syntax (every leaf value an array) of at most ${formatNumber(ESM_FILTER_PATTERN_MAX)} characters.`,
  source: FILTERING_DOC,
  requires: ['FilterCriteria'],
  problems(mapping) {
    const filters = pathValue(mapping.properties, 'FilterCriteria.Filters');
    if (!Array.isArray(filters)) return [];
    const problems: MappingProblem[] = [];
    filters.forEach((filter, index) => {
      const value = objectValue(filter)?.Pattern;
      const pattern = stringValue(value);
      if (pattern === undefined) return;
      const property = `FilterCriteria.Filters.${index}.Pattern`;
      if (pattern.length > ESM_FILTER_PATTERN_MAX) {
        problems.push({
          property,
          value: `${formatNumber(pattern.length)} characters`,
          limit: `at most ${formatNumber(ESM_FILTER_PATTERN_MAX)} characters`,
          fix: 'Shorten the pattern or split it into several filters.',
        });
        return;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(pattern);
      } catch {
        problems.push({ property, value, limit: 'valid JSON', fix: 'Write the pattern as a JSON object, for example {"body": {"type": ["order"]}}.' });
        return;
      }
      const error = patternError(parsed, 'the pattern');
      if (error) {
        problems.push({
          property,
          value,
          limit: `a JSON object whose leaf values are arrays of values to match (${error})`,
          fix: 'Wrap each value to match in an array, for example {"type": ["order"]} rather than {"type": "order"}.',
        });
      }
    });
    return problems;
  },
});
