import { CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { pathValue, stringValue } from '../values';
import { functionRule } from './function-lookups';
import { supportsInlineCode } from './runtime-lifecycle';

/** Inline code (Code.ZipFile) works only with Node.js and Python runtimes (fn-zipfile-runtime). */
export const functionInlineCodeRuntime = functionRule({
  id: 'LambdaKit.Function.InlineCodeRuntime',
  severity: Severity.ERROR,
  constraint: 'Inline code (Code.ZipFile) is used only with a Node.js or Python runtime.',
  source: CFN_FUNCTION_DOC,
  requires: ['Code'],
  check(fn) {
    const runtime = stringValue(fn.properties.Runtime);
    if (pathValue(fn.properties, 'Code.ZipFile') === undefined || runtime === undefined || supportsInlineCode(runtime)) return undefined;
    return {
      property: 'Runtime',
      value: runtime,
      limit: 'a nodejs* or python* runtime when the code is inline (Code.ZipFile)',
      fix: 'Package the code as a .zip in S3 (Code.fromAsset or Code.fromBucket) or use a Node.js or Python runtime.',
    };
  },
});
