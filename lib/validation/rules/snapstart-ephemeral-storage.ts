import { EPHEMERAL_STORAGE_MIN_MB } from '../limits';
import { Severity } from '../rule';
import { numberValue, pathValue } from '../values';
import { SNAPSTART_OFF, snapStartRule } from './snapstart-rule';

/** SnapStart supports at most 512 MB of ephemeral storage (fn-snapstart-ephemeral). */
export const snapStartEphemeralStorage = snapStartRule({
  id: 'LambdaKit.SnapStart.EphemeralStorage',
  severity: Severity.ERROR,
  constraint: `SnapStart is used only with EphemeralStorage.Size of at most ${EPHEMERAL_STORAGE_MIN_MB} MB.`,
  conflict(fn) {
    const value = pathValue(fn.properties, 'EphemeralStorage.Size');
    const size = numberValue(value);
    if (size === undefined || size <= EPHEMERAL_STORAGE_MIN_MB) return undefined;
    return {
      property: 'EphemeralStorage.Size',
      value,
      limit: `at most ${EPHEMERAL_STORAGE_MIN_MB} MB when SnapStart is on`,
      fix: `Reduce ephemeral storage to ${EPHEMERAL_STORAGE_MIN_MB} MB, or ${SNAPSTART_OFF.charAt(0).toLowerCase()}${SNAPSTART_OFF.slice(1)}.`,
    };
  },
});
