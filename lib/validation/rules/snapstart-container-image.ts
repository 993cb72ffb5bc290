import { Severity } from '../rule';
import { isContainerImage } from './function-lookups';
import { SNAPSTART_OFF, snapStartRule } from './snapstart-rule';

/** SnapStart does not support container images (fn-snapstart-no-container). */
export const snapStartContainerImage = snapStartRule({
  id: 'LambdaKit.SnapStart.ContainerImage',
  severity: Severity.ERROR,
  constraint: 'SnapStart is not used with a container-image function.',
  conflict(fn) {
    if (!isContainerImage(fn)) return undefined;
    return {
      property: 'SnapStart',
      value: fn.properties.SnapStart,
      limit: 'absent or ApplyOn None for a container image (PackageType Image)',
      fix: `${SNAPSTART_OFF}, or deploy the code as a .zip package on a managed runtime.`,
    };
  },
});
