import { CFN_PERMISSION_DOC } from '../limits';
import { mismatches, propertyRule } from './versioning-lookups';

/** SourceAccount: 12 digits ([SCH-Perm]; perm-source-account). */
export const permissionSourceAccount = propertyRule({
  id: 'LambdaKit.Permission.SourceAccount',
  constraint: "A Permission's SourceAccount is a 12-digit account id.",
  source: CFN_PERMISSION_DOC,
  resourceType: 'AWS::Lambda::Permission',
  property: 'SourceAccount',
  limit: 'a 12-digit account id',
  fix: 'Give the account id as 12 digits (keep leading zeros; write it as a string).',
  violates: value => mismatches(typeof value === 'number' ? String(value) : value, /^\d{12}$/),
});
