import { CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { checkEnum, functionRule } from './function-lookups';

/** TracingConfig.Mode: Active or PassThrough (fn-tracing-enum). */
export const functionTracingMode = functionRule({
  id: 'LambdaKit.Function.TracingMode',
  severity: Severity.ERROR,
  constraint: 'TracingConfig.Mode is Active or PassThrough.',
  source: CFN_FUNCTION_DOC,
  requires: ['TracingConfig'],
  check: fn => checkEnum(fn, 'TracingConfig.Mode', ['Active', 'PassThrough'], 'Use Active to trace with X-Ray, or PassThrough.'),
});
