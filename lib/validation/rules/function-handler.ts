import { CFN_FUNCTION_DOC, HANDLER_MAX } from '../limits';
import { Severity } from '../rule';
import { pathValue, stringValue } from '../values';
import { functionRule } from './function-lookups';

/** Handler: at most 128 characters, no whitespace (fn-handler-length, fn-handler-pattern). */
export const functionHandler = functionRule({
  id: 'LambdaKit.Function.Handler',
  severity: Severity.ERROR,
  constraint: `Handler is 1 to ${HANDLER_MAX} characters long and contains no whitespace.`,
  source: CFN_FUNCTION_DOC,
  requires: ['Handler'],
  check(fn) {
    const handler = stringValue(pathValue(fn.properties, 'Handler'));
    if (handler === undefined || (handler.length <= HANDLER_MAX && /^\S+$/.test(handler))) return undefined;
    const tooLong = handler.length > HANDLER_MAX;
    return {
      property: 'Handler',
      value: handler,
      limit: `1 to ${HANDLER_MAX} characters without whitespace${tooLong ? ` (it has ${handler.length})` : ''}`,
      fix: tooLong ? 'Shorten the handler: move the code closer to the package root or rename the module.' : 'Remove the whitespace from the handler (file.export, for example index.handler).',
    };
  },
});
