import { CFN_VERSION_DOC, VERSION_DESCRIPTION_MAX } from '../limits';
import { formatNumber } from '../values';
import { lengthOutside, propertyRule } from './versioning-lookups';

/** Version Description: at most 256 characters (ver-description). */
export const versionDescription = propertyRule({
  id: 'LambdaKit.Version.Description',
  constraint: `A Version's Description is at most ${formatNumber(VERSION_DESCRIPTION_MAX)} characters.`,
  source: CFN_VERSION_DOC,
  resourceType: 'AWS::Lambda::Version',
  property: 'Description',
  limit: `at most ${formatNumber(VERSION_DESCRIPTION_MAX)} characters`,
  fix: 'Shorten the version description.',
  violates: value => lengthOutside(value, VERSION_DESCRIPTION_MAX),
});
