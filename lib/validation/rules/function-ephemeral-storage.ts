import { CFN_FUNCTION_DOC, EPHEMERAL_STORAGE_MAX_MB, EPHEMERAL_STORAGE_MIN_MB } from '../limits';
import { Severity } from '../rule';
import { formatNumber } from '../values';
import { checkRange, functionRule } from './function-lookups';

/** EphemeralStorage.Size: 512 to 10,240 MB (fn-ephemeral-min, fn-ephemeral-max; the validator misses the maximum). */
export const functionEphemeralStorage = functionRule({
  id: 'LambdaKit.Function.EphemeralStorage',
  severity: Severity.ERROR,
  constraint: `EphemeralStorage.Size is a whole number of MB from ${EPHEMERAL_STORAGE_MIN_MB} to ${formatNumber(EPHEMERAL_STORAGE_MAX_MB)}.`,
  source: CFN_FUNCTION_DOC,
  requires: ['EphemeralStorage'],
  check(fn) {
    return checkRange(fn, 'EphemeralStorage.Size', EPHEMERAL_STORAGE_MIN_MB, EPHEMERAL_STORAGE_MAX_MB, 'MB',
      'Choose an ephemeral /tmp size in that range; for more space, mount an EFS file system.');
  },
});
