import { CFN_FUNCTION_DOC, FUNCTION_NAME_MAX } from '../limits';
import { Severity } from '../rule';
import { pathValue, stringValue } from '../values';
import { functionRule } from './function-lookups';

const NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;

/** FunctionName: 1 to 64 letters, digits, hyphens and underscores (fn-name-length, fn-name-pattern). */
export const functionName = functionRule({
  id: 'LambdaKit.Function.Name',
  severity: Severity.ERROR,
  constraint: `FunctionName is 1 to ${FUNCTION_NAME_MAX} characters of letters, digits, hyphens and underscores.`,
  source: CFN_FUNCTION_DOC,
  requires: ['FunctionName'],
  check(fn) {
    const name = stringValue(pathValue(fn.properties, 'FunctionName'));
    if (name === undefined || (name.length <= FUNCTION_NAME_MAX && NAME_PATTERN.test(name))) return undefined;
    return {
      property: 'FunctionName',
      value: name,
      limit: `1 to ${FUNCTION_NAME_MAX} characters of [a-zA-Z0-9_-]${name.length > FUNCTION_NAME_MAX ? ` (it has ${name.length})` : ''}`,
      fix: 'Shorten the name or replace other characters with hyphens, or leave the name out and let CloudFormation generate one.',
    };
  },
});
