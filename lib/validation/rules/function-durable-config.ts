import { CFN_FUNCTION_DOC, DURABLE_EXECUTION_TIMEOUT_MAX_SECONDS, DURABLE_RETENTION_MAX_DAYS } from '../limits';
import { Severity } from '../rule';
import { formatNumber } from '../values';
import { checkRange, FunctionFinding, functionRule } from './function-lookups';

/** DurableConfig: ExecutionTimeout 1 to 31,622,400 s; RetentionPeriodInDays 1 to 90 (fn-durable-config). */
export const functionDurableConfig = functionRule({
  id: 'LambdaKit.Function.DurableConfig',
  severity: Severity.ERROR,
  constraint: `DurableConfig.ExecutionTimeout is 1 to ${formatNumber(DURABLE_EXECUTION_TIMEOUT_MAX_SECONDS)} seconds and RetentionPeriodInDays 1 to ${DURABLE_RETENTION_MAX_DAYS}.`,
  source: CFN_FUNCTION_DOC,
  requires: ['DurableConfig'],
  check(fn) {
    return [
      checkRange(fn, 'DurableConfig.ExecutionTimeout', 1, DURABLE_EXECUTION_TIMEOUT_MAX_SECONDS, 'seconds', 'Choose an execution timeout of at most 366 days.'),
      checkRange(fn, 'DurableConfig.RetentionPeriodInDays', 1, DURABLE_RETENTION_MAX_DAYS, 'days', 'Choose a retention period in that range.'),
    ].filter((finding): finding is FunctionFinding => finding !== undefined);
  },
});
