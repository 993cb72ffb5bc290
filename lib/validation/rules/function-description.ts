import { CFN_FUNCTION_DOC, FUNCTION_DESCRIPTION_MAX } from '../limits';
import { Severity } from '../rule';
import { checkLength, functionRule } from './function-lookups';

/** Description: at most 256 characters (fn-description-length). */
export const functionDescription = functionRule({
  id: 'LambdaKit.Function.Description',
  severity: Severity.ERROR,
  constraint: `Description is at most ${FUNCTION_DESCRIPTION_MAX} characters long.`,
  source: CFN_FUNCTION_DOC,
  requires: ['Description'],
  check(fn) {
    return checkLength(fn, 'Description', FUNCTION_DESCRIPTION_MAX, 'Shorten the description.');
  },
});
