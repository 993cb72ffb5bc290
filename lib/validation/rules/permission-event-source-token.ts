import { CFN_PERMISSION_DOC, PERMISSION_EVENT_SOURCE_TOKEN_MAX } from '../limits';
import { lengthOutside, mismatches, propertyRule } from './versioning-lookups';

/** EventSourceToken: 1 to 256 letters, digits, dots, underscores or hyphens ([SCH-Perm]; perm-event-source-token). */
export const permissionEventSourceToken = propertyRule({
  id: 'LambdaKit.Permission.EventSourceToken',
  constraint: `A Permission's EventSourceToken is 1 to ${PERMISSION_EVENT_SOURCE_TOKEN_MAX} letters, digits, dots, underscores or hyphens.`,
  source: CFN_PERMISSION_DOC,
  resourceType: 'AWS::Lambda::Permission',
  property: 'EventSourceToken',
  limit: `1 to ${PERMISSION_EVENT_SOURCE_TOKEN_MAX} letters, digits, dots, underscores or hyphens`,
  fix: 'Copy the token exactly as the event source (for example the Alexa skill id) gives it.',
  violates: value => lengthOutside(value, PERMISSION_EVENT_SOURCE_TOKEN_MAX, 1) || mismatches(value, /^[a-zA-Z0-9._-]+$/),
});
