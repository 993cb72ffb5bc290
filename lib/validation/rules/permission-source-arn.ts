import { CFN_PERMISSION_DOC, PERMISSION_SOURCE_ARN_MAX, PERMISSION_SOURCE_ARN_MIN } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { formatNumber, isIntrinsic } from '../values';
import { lengthOutside, mismatches, REF_IS_ARN } from './versioning-lookups';

/** [SCH-Perm] SourceArn pattern. */
const SOURCE_ARN = /^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*)$/;
const LIMIT = `an ARN (arn:partition:service:region:account:resource) of ${PERMISSION_SOURCE_ARN_MIN} to ${formatNumber(PERMISSION_SOURCE_ARN_MAX)} characters`;

/** SourceArn: an ARN of 12 to 1,024 characters ([SCH-Perm]; perm-source-arn), not the Ref (name or URL) of a resource. */
export const permissionSourceArn: Rule = {
  id: 'LambdaKit.Permission.SourceArn',
  severity: Severity.ERROR,
  constraint: `A Permission's SourceArn is an ARN of ${PERMISSION_SOURCE_ARN_MIN} to ${formatNumber(PERMISSION_SOURCE_ARN_MAX)} characters (not the name or URL a resource's Ref gives).`,
  source: CFN_PERMISSION_DOC,
  resourceTypes: ['AWS::Lambda::Permission'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const permission of model.ofType('AWS::Lambda::Permission')) {
      const value = permission.properties.SourceArn;
      const fix = "Give the invoking resource's ARN (for example bucket.bucketArn or topic.topicArn), not its name or URL.";
      if (lengthOutside(value, PERMISSION_SOURCE_ARN_MAX, PERMISSION_SOURCE_ARN_MIN) || mismatches(value, SOURCE_ARN)) {
        findings.push({ resource: permission, property: 'SourceArn', value, limit: LIMIT, fix });
        continue;
      }
      const referenced = isIntrinsic(value) && 'Ref' in (value as object) ? model.referenced(permission, value) : undefined;
      if (referenced && referenced.type.startsWith('AWS::') && !REF_IS_ARN.includes(referenced.type) && !referenced.type.startsWith('AWS::CloudFormation::')) {
        findings.push({ resource: permission, property: 'SourceArn', value, limit: `${LIMIT}, not the Ref of ${referenced.type} ${referenced.path} (its name or URL)`, fix });
      }
    }
    return findings;
  },
};
