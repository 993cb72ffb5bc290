import { CFN_URL_DOC, URL_CORS_MAX_AGE_MAX_SECONDS } from '../limits';
import { formatNumber } from '../values';
import { propertyRule, wholeNumberOutside } from './versioning-lookups';

/** Cors.MaxAge: 0 to 86,400 seconds (url-cors-max-age). */
export const urlCorsMaxAge = propertyRule({
  id: 'LambdaKit.Url.CorsMaxAge',
  constraint: `A function URL's Cors.MaxAge is a whole number of seconds from 0 to ${formatNumber(URL_CORS_MAX_AGE_MAX_SECONDS)} (one day).`,
  source: CFN_URL_DOC,
  resourceType: 'AWS::Lambda::Url',
  property: 'Cors.MaxAge',
  limit: `a whole number of seconds from 0 to ${formatNumber(URL_CORS_MAX_AGE_MAX_SECONDS)}`,
  fix: 'Let browsers cache preflight responses for at most one day.',
  violates: value => wholeNumberOutside(value, 0, URL_CORS_MAX_AGE_MAX_SECONDS),
});
