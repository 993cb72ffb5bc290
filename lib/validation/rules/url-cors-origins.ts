import { CFN_URL_DOC, URL_CORS_ORIGIN_LENGTH_MAX, URL_CORS_ORIGINS_MAX } from '../limits';
import { arrayValue, formatNumber } from '../values';
import { literalItems, propertyRule } from './versioning-lookups';

/** Cors.AllowOrigins: 1 to 100 origins of 1 to 253 characters (url-cors-origins). */
export const urlCorsOrigins = propertyRule({
  id: 'LambdaKit.Url.CorsOrigins',
  constraint: `A function URL's Cors.AllowOrigins lists 1 to ${URL_CORS_ORIGINS_MAX} origins of 1 to ${URL_CORS_ORIGIN_LENGTH_MAX} characters each.`,
  source: CFN_URL_DOC,
  resourceType: 'AWS::Lambda::Url',
  property: 'Cors.AllowOrigins',
  limit: `1 to ${URL_CORS_ORIGINS_MAX} origins of 1 to ${formatNumber(URL_CORS_ORIGIN_LENGTH_MAX)} characters each`,
  fix: "Allow at most 100 origins (use '*' or a CloudFront distribution in front for more), each a scheme and host such as 'https://example.com'.",
  violates: value => {
    const count = arrayValue(value)?.length;
    const tooLong = (literalItems(value) ?? []).some(origin => origin.length < 1 || origin.length > URL_CORS_ORIGIN_LENGTH_MAX);
    return count !== undefined && (count < 1 || count > URL_CORS_ORIGINS_MAX || tooLong);
  },
});
