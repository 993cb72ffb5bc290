import { ENVIRONMENT_MAX_BYTES, QUOTAS_DOC } from '../limits';
import { Severity } from '../rule';
import { formatNumber, isKnown, objectValue, pathValue } from '../values';
import { functionRule } from './function-lookups';

/**
 * Environment variables: 4 KB in aggregate (fn-env-total-size). Lambda is believed to measure the serialized
 * map, so the rule measures `JSON.stringify(Variables)` in UTF-8, which is stricter than cfn-lint's sum of key
 * and value lengths. Variables whose value is a token are left out: when the known variables alone exceed the
 * limit, the whole map certainly does; otherwise the rule stays silent.
 */
export const functionEnvironmentSize = functionRule({
  id: 'LambdaKit.Function.EnvironmentSize',
  severity: Severity.ERROR,
  constraint: `Environment variables total at most ${formatNumber(ENVIRONMENT_MAX_BYTES)} bytes (4 KB), measured as the UTF-8 JSON map of names and values.`,
  source: QUOTAS_DOC,
  requires: ['Environment'],
  check(fn) {
    const variables = objectValue(pathValue(fn.properties, 'Environment.Variables'));
    if (!variables) return undefined;
    // Most maps are fully known: then the map itself is measured, not a copy of it (the same JSON).
    const known = Object.values(variables).every(isKnown)
      ? variables
      : Object.fromEntries(Object.entries(variables).filter(([, value]) => isKnown(value)));
    const bytes = Buffer.byteLength(JSON.stringify(known), 'utf8');
    if (bytes <= ENVIRONMENT_MAX_BYTES) return undefined;
    const partial = Object.keys(known).length < Object.keys(variables).length;
    return {
      property: 'Environment.Variables',
      value: `${formatNumber(bytes)} bytes in ${Object.keys(known).length} variables${partial ? ' (not counting the unresolved ones)' : ''}`,
      limit: `at most ${formatNumber(ENVIRONMENT_MAX_BYTES)} bytes as a JSON map`,
      fix: 'Move large values to SSM Parameter Store, Secrets Manager or AppConfig and read them at startup, passing only their names in the environment.',
    };
  },
});
