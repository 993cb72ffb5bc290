import { ALIAS_NAME_MAX, CFN_ALIAS_DOC } from '../limits';
import { formatNumber } from '../values';
import { lengthOutside, mismatches, propertyRule } from './versioning-lookups';

/** [SCH-Alias] pattern `^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$`: a name that is all digits would read as a version number. */
const ALIAS_NAME = /^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$/;

/** Alias Name: 1-128 letters, digits, hyphens, underscores; not all digits; so never $LATEST (alias-name). */
export const aliasName = propertyRule({
  id: 'LambdaKit.Alias.Name',
  constraint: `An alias Name is 1 to ${ALIAS_NAME_MAX} letters, digits, hyphens or underscores, not all digits (that reads as a version number) and not $LATEST.`,
  source: CFN_ALIAS_DOC,
  resourceType: 'AWS::Lambda::Alias',
  property: 'Name',
  limit: `1 to ${formatNumber(ALIAS_NAME_MAX)} letters, digits, hyphens or underscores, not all digits and not $LATEST`,
  fix: "Choose an alias name such as 'live' or 'prod-v2'.",
  violates: value => lengthOutside(value, ALIAS_NAME_MAX, 1) || mismatches(value, ALIAS_NAME),
});
