import { CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { FunctionFinding, functionRule, isContainerImage } from './function-lookups';

/** A .zip function needs both Handler and Runtime (fn-zip-requires-handler-runtime). */
export const functionZipHandlerRuntime = functionRule({
  id: 'LambdaKit.Function.ZipHandlerRuntime',
  severity: Severity.ERROR,
  constraint: 'A .zip function (PackageType Zip, the default) sets both Handler and Runtime.',
  source: CFN_FUNCTION_DOC,
  check(fn) {
    if (isContainerImage(fn) || fn.properties.PackageType !== undefined && fn.properties.PackageType !== 'Zip') return undefined;
    return ['Handler', 'Runtime'].filter(property => !(property in fn.properties)).map((property): FunctionFinding => ({
      property,
      value: '(absent)',
      limit: 'set for a .zip package',
      fix: property === 'Handler' ? 'Set the handler, for example index.handler.' : 'Set the runtime, for example nodejs22.x.',
    }));
  },
});
