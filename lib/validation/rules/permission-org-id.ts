import { CFN_PERMISSION_DOC } from '../limits';
import { mismatches, propertyRule } from './versioning-lookups';

/** PrincipalOrgID: o- and 10 to 32 lower-case letters or digits ([SCH-Perm]; perm-principal-org-id). */
export const permissionOrgId = propertyRule({
  id: 'LambdaKit.Permission.PrincipalOrgId',
  constraint: "A Permission's PrincipalOrgID is an organization id: 'o-' and 10 to 32 lower-case letters or digits.",
  source: CFN_PERMISSION_DOC,
  resourceType: 'AWS::Lambda::Permission',
  property: 'PrincipalOrgID',
  limit: "an organization id: 'o-' and 10 to 32 lower-case letters or digits",
  fix: 'Use the organization id (o-...), not the organization ARN, root id (r-...) or an account id.',
  violates: value => mismatches(value, /^o-[a-z0-9]{10,32}$/),
});
