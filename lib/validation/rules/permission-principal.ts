import { RESOURCE_POLICY_DOC } from '../limits';
import { Severity } from '../rule';
import { mismatches, propertyRule } from './versioning-lookups';

/** `*`, an account id, an IAM ARN, or a service principal in one of AWS's DNS suffixes. */
const SERVICE_DOMAINS = '(amazonaws\\.com|amazonaws\\.com\\.cn|amazon\\.com|c2s\\.ic\\.gov|sc2s\\.sgov\\.gov)';
const PRINCIPAL = new RegExp(`^(\\*|\\d{12}|arn:aws[a-zA-Z-]*:iam::\\d{12}:\\S+|[a-z0-9][a-z0-9.-]*\\.${SERVICE_DOMAINS})$`);

/** Principal: a service principal, an account id, an IAM ARN or * (perm-principal-format; AddPermission not re-read, so advice). */
export const permissionPrincipal = propertyRule({
  id: 'LambdaKit.Permission.Principal',
  severity: Severity.WARNING,
  constraint: "A Permission's Principal is a service principal (such as s3.amazonaws.com), a 12-digit account id, an IAM ARN or '*'.",
  source: RESOURCE_POLICY_DOC,
  resourceType: 'AWS::Lambda::Permission',
  property: 'Principal',
  limit: "a service principal (such as 's3.amazonaws.com'), a 12-digit account id, an IAM ARN or '*'",
  fix: "Check the principal's spelling: services end in '.amazonaws.com', accounts are 12 digits.",
  violates: value => mismatches(value, PRINCIPAL),
});
