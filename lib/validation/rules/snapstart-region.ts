import { Token } from 'aws-cdk-lib';
import { SNAPSTART_UNAVAILABLE_REGIONS } from '../limits';
import { Severity } from '../rule';
import { SNAPSTART_OFF, snapStartRule } from './snapstart-rule';

/** SnapStart is not offered in every Region (fn-snapstart-regions; the Region codes are UNVERIFIED). */
export const snapStartRegion = snapStartRule({
  id: 'LambdaKit.SnapStart.Region',
  severity: Severity.WARNING,
  constraint: `SnapStart is not used in Asia Pacific (New Zealand) or (Taipei) (UNVERIFIED Region codes: ${SNAPSTART_UNAVAILABLE_REGIONS.join(', ')}).`,
  conflict(fn) {
    const region = fn.stack.region;
    if (Token.isUnresolved(region) || !SNAPSTART_UNAVAILABLE_REGIONS.includes(region)) return undefined;
    return {
      property: 'SnapStart',
      value: fn.properties.SnapStart,
      limit: `absent in ${region}, where SnapStart is not available`,
      fix: `${SNAPSTART_OFF} for this Region, or deploy the function in a Region that offers SnapStart.`,
    };
  },
});
