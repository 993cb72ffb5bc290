import { CFN_PERMISSION_DOC, PERMISSION_SOURCE_ARN_MAX, PERMISSION_SOURCE_ARN_MIN } from '../limits';
import { formatNumber } from '../values';
import { lengthOutside, mismatches, propertyRule } from './versioning-lookups';

/** [SCH-Perm] SourceArn pattern. */
const SOURCE_ARN = /^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*)$/;

/** SourceArn: an ARN of 12 to 1,024 characters ([SCH-Perm]; perm-source-arn). */
export const permissionSourceArn = propertyRule({
  id: 'LambdaKit.Permission.SourceArn',
  constraint: `A Permission's SourceArn is an ARN of ${PERMISSION_SOURCE_ARN_MIN} to ${formatNumber(PERMISSION_SOURCE_ARN_MAX)} characters.`,
  source: CFN_PERMISSION_DOC,
  resourceType: 'AWS::Lambda::Permission',
  property: 'SourceArn',
  limit: `an ARN (arn:partition:service:region:account:resource) of ${PERMISSION_SOURCE_ARN_MIN} to ${formatNumber(PERMISSION_SOURCE_ARN_MAX)} characters`,
  fix: "Give the invoking resource's ARN (for example bucket.bucketArn or topic.topicArn), not its name or URL.",
  violates: value => lengthOutside(value, PERMISSION_SOURCE_ARN_MAX, PERMISSION_SOURCE_ARN_MIN) || mismatches(value, SOURCE_ARN),
});
