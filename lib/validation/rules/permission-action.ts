import { CFN_PERMISSION_DOC } from '../limits';
import { mismatches, propertyRule } from './versioning-lookups';

/** Action: lambda:<Action>, lambda:* or * ([SCH-Perm] pattern; perm-action). */
export const permissionAction = propertyRule({
  id: 'LambdaKit.Permission.Action',
  constraint: "A Permission's Action is lambda:<ActionName> (for example lambda:InvokeFunction), lambda:* or *.",
  source: CFN_PERMISSION_DOC,
  resourceType: 'AWS::Lambda::Permission',
  property: 'Action',
  limit: 'lambda:<ActionName>, lambda:* or *',
  fix: "Write the action with its 'lambda:' prefix and no spaces, for example 'lambda:InvokeFunction'.",
  violates: value => mismatches(value, /^(lambda:[*]|lambda:[a-zA-Z]+|[*])$/),
});
