import { CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { pathValue } from '../values';
import { functionRule } from './function-lookups';

/** UpdateRuntimeOn Manual needs a RuntimeVersionArn (fn-runtime-mgmt-manual, UNVERIFIED). */
export const runtimeManagement = functionRule({
  id: 'LambdaKit.Runtime.ManualVersion',
  severity: Severity.WARNING,
  constraint: 'RuntimeManagementConfig with UpdateRuntimeOn Manual names a RuntimeVersionArn (UNVERIFIED).',
  source: CFN_FUNCTION_DOC,
  requires: ['RuntimeManagementConfig'],
  check(fn) {
    if (pathValue(fn.properties, 'RuntimeManagementConfig.UpdateRuntimeOn') !== 'Manual') return undefined;
    if (pathValue(fn.properties, 'RuntimeManagementConfig.RuntimeVersionArn') !== undefined) return undefined;
    return {
      property: 'RuntimeManagementConfig.RuntimeVersionArn',
      value: '(absent)',
      limit: 'set when UpdateRuntimeOn is Manual',
      fix: 'Give the runtime version ARN to pin (RuntimeManagementMode.manual(arn)), or use Auto or FunctionUpdate.',
    };
  },
});
