import { CFN_ALIAS_DOC } from '../limits';
import { mismatches, propertyRule } from './versioning-lookups';

/** Alias FunctionVersion: `$LATEST`, `$LATEST.PUBLISHED` or a version number ([SCH-Alias]). */
export const aliasFunctionVersion = propertyRule({
  id: 'LambdaKit.Alias.FunctionVersion',
  constraint: "An alias's FunctionVersion is a version number, $LATEST or $LATEST.PUBLISHED.",
  source: CFN_ALIAS_DOC,
  resourceType: 'AWS::Lambda::Alias',
  property: 'FunctionVersion',
  limit: 'a version number, $LATEST or $LATEST.PUBLISHED',
  fix: "Point the alias at a published version (version.version), not at a version's ARN or an alias name.",
  violates: value => mismatches(value, /^(\$LATEST(\.PUBLISHED)?|[0-9]+)$/),
});
