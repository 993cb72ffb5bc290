import { Severity } from '../rule';
import { arrayValue } from '../values';
import { SNAPSTART_OFF, snapStartRule } from './snapstart-rule';

/** SnapStart does not support Amazon EFS (fn-snapstart-no-efs). */
export const snapStartEfs = snapStartRule({
  id: 'LambdaKit.SnapStart.Efs',
  severity: Severity.ERROR,
  constraint: 'SnapStart is not used with an EFS file system (FileSystemConfigs).',
  conflict(fn) {
    const configs = arrayValue(fn.properties.FileSystemConfigs);
    if (!configs || configs.length === 0) return undefined;
    return {
      property: 'FileSystemConfigs',
      value: configs,
      limit: 'absent when SnapStart is on',
      fix: `${SNAPSTART_OFF}, or remove the EFS file system and use S3 or /tmp instead.`,
    };
  },
});
