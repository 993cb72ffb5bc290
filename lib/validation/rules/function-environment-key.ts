import { ENV_API_DOC, ENVIRONMENT_KEY_PATTERN } from '../limits';
import { Severity } from '../rule';
import { objectValue, pathValue } from '../values';
import { FunctionFinding, functionRule } from './function-lookups';

/** Environment variable names: a letter, then letters, digits or underscores, two characters at least (fn-env-key-pattern). */
export const functionEnvironmentKey = functionRule({
  id: 'LambdaKit.Function.EnvironmentKey',
  severity: Severity.ERROR,
  constraint: 'Environment variable names start with a letter, contain only letters, digits and underscores, and are at least 2 characters long.',
  source: ENV_API_DOC,
  requires: ['Environment'],
  check(fn) {
    const variables = objectValue(pathValue(fn.properties, 'Environment.Variables'));
    return Object.keys(variables ?? {}).filter(key => !ENVIRONMENT_KEY_PATTERN.test(key)).map((key): FunctionFinding => ({
      property: 'Environment.Variables',
      value: key,
      limit: 'a name matching [a-zA-Z][a-zA-Z0-9_]+',
      fix: `Rename the variable '${key}' (for example to '${suggestKey(key)}').`,
    }));
  },
});

function suggestKey(key: string): string {
  const cleaned = key.replace(/[^a-zA-Z0-9_]/g, '_');
  const lettered = /^[a-zA-Z]/.test(cleaned) ? cleaned : `V${cleaned}`;
  return lettered.length >= 2 ? lettered : `${lettered}_VALUE`;
}
