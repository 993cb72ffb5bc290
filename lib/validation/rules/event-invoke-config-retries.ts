import { CFN_EVENT_INVOKE_CONFIG_DOC, EVENT_RETRY_ATTEMPTS_MAX, EVENT_RETRY_ATTEMPTS_MIN } from '../limits';
import { propertyRule, wholeNumberOutside } from './versioning-lookups';

/** MaximumRetryAttempts: 0 to 2 (eic-retries). */
export const eventInvokeConfigRetries = propertyRule({
  id: 'LambdaKit.EventInvokeConfig.MaximumRetryAttempts',
  constraint: `An EventInvokeConfig's MaximumRetryAttempts is a whole number from ${EVENT_RETRY_ATTEMPTS_MIN} to ${EVENT_RETRY_ATTEMPTS_MAX}.`,
  source: CFN_EVENT_INVOKE_CONFIG_DOC,
  resourceType: 'AWS::Lambda::EventInvokeConfig',
  property: 'MaximumRetryAttempts',
  limit: `a whole number from ${EVENT_RETRY_ATTEMPTS_MIN} to ${EVENT_RETRY_ATTEMPTS_MAX}`,
  fix: 'Lambda retries an asynchronous invocation at most twice; choose 0, 1 or 2.',
  violates: value => wholeNumberOutside(value, EVENT_RETRY_ATTEMPTS_MIN, EVENT_RETRY_ATTEMPTS_MAX),
});
