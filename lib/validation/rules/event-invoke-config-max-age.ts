import { CFN_EVENT_INVOKE_CONFIG_DOC, EVENT_AGE_MAX_SECONDS, EVENT_AGE_MIN_SECONDS } from '../limits';
import { formatNumber } from '../values';
import { propertyRule, wholeNumberOutside } from './versioning-lookups';

/** MaximumEventAgeInSeconds: 60 to 21,600 (eic-max-age). */
export const eventInvokeConfigMaxAge = propertyRule({
  id: 'LambdaKit.EventInvokeConfig.MaximumEventAge',
  constraint: `An EventInvokeConfig's MaximumEventAgeInSeconds is a whole number from ${EVENT_AGE_MIN_SECONDS} to ${formatNumber(EVENT_AGE_MAX_SECONDS)} (6 hours).`,
  source: CFN_EVENT_INVOKE_CONFIG_DOC,
  resourceType: 'AWS::Lambda::EventInvokeConfig',
  property: 'MaximumEventAgeInSeconds',
  limit: `a whole number of seconds from ${EVENT_AGE_MIN_SECONDS} to ${formatNumber(EVENT_AGE_MAX_SECONDS)}`,
  fix: 'Choose an event age between one minute and six hours.',
  violates: value => wholeNumberOutside(value, EVENT_AGE_MIN_SECONDS, EVENT_AGE_MAX_SECONDS),
});
