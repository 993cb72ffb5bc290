import { CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { checkEnum, functionRule } from './function-lookups';

/** RecursiveLoop: Allow or Terminate (fn-recursive-loop). */
export const functionRecursiveLoop = functionRule({
  id: 'LambdaKit.Function.RecursiveLoop',
  severity: Severity.ERROR,
  constraint: 'RecursiveLoop is Allow or Terminate.',
  source: CFN_FUNCTION_DOC,
  requires: ['RecursiveLoop'],
  check: fn => checkEnum(fn, 'RecursiveLoop', ['Allow', 'Terminate'], 'Use Terminate (the default, stops runaway loops) or Allow.'),
});
