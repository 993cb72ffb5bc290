import { ENV_VARS_DOC, RESERVED_ENVIRONMENT_KEYS } from '../limits';
import { Severity } from '../rule';
import { objectValue, pathValue } from '../values';
import { FunctionFinding, functionRule } from './function-lookups';

/** Environment variable names the runtime reserves (fn-env-reserved). */
export const functionEnvironmentReserved = functionRule({
  id: 'LambdaKit.Function.EnvironmentReserved',
  severity: Severity.ERROR,
  constraint: `Environment variables do not set a key the Lambda runtime reserves (${RESERVED_ENVIRONMENT_KEYS.join(', ')}).`,
  source: ENV_VARS_DOC,
  requires: ['Environment'],
  check(fn) {
    const variables = objectValue(pathValue(fn.properties, 'Environment.Variables'));
    return Object.keys(variables ?? {}).filter(key => RESERVED_ENVIRONMENT_KEYS.includes(key)).map((key): FunctionFinding => ({
      property: 'Environment.Variables',
      value: key,
      limit: 'free of names the Lambda runtime reserves',
      fix: `Remove '${key}': Lambda sets it itself; read it from the environment at run time instead.`,
    }));
  },
});
