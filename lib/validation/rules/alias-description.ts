import { CFN_ALIAS_DOC, VERSION_DESCRIPTION_MAX } from '../limits';
import { formatNumber } from '../values';
import { lengthOutside, propertyRule } from './versioning-lookups';

/** Alias Description: at most 256 characters (alias-description). */
export const aliasDescription = propertyRule({
  id: 'LambdaKit.Alias.Description',
  constraint: `An Alias's Description is at most ${formatNumber(VERSION_DESCRIPTION_MAX)} characters.`,
  source: CFN_ALIAS_DOC,
  resourceType: 'AWS::Lambda::Alias',
  property: 'Description',
  limit: `at most ${formatNumber(VERSION_DESCRIPTION_MAX)} characters`,
  fix: 'Shorten the alias description.',
  violates: value => lengthOutside(value, VERSION_DESCRIPTION_MAX),
});
