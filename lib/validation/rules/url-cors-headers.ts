import { CFN_URL_DOC, URL_CORS_HEADER_LENGTH_MAX, URL_CORS_HEADERS_MAX } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { arrayValue, formatNumber, pathValue } from '../values';
import { literalItems } from './versioning-lookups';

/** Cors.AllowHeaders and Cors.ExposeHeaders: 1 to 100 headers of 1 to 1,024 characters (url-cors-headers). */
export const urlCorsHeaders: Rule = {
  id: 'LambdaKit.Url.CorsHeaders',
  severity: Severity.ERROR,
  constraint: `A function URL's Cors.AllowHeaders and Cors.ExposeHeaders each list 1 to ${URL_CORS_HEADERS_MAX} headers of 1 to ${formatNumber(URL_CORS_HEADER_LENGTH_MAX)} characters.`,
  source: CFN_URL_DOC,
  resourceTypes: ['AWS::Lambda::Url'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const url of model.ofType('AWS::Lambda::Url')) {
      for (const property of ['Cors.AllowHeaders', 'Cors.ExposeHeaders']) {
        const value = pathValue(url.properties, property);
        const count = arrayValue(value)?.length;
        if (count === undefined) continue;
        const tooLong = (literalItems(value) ?? []).some(header => header.length < 1 || header.length > URL_CORS_HEADER_LENGTH_MAX);
        if (count < 1 || count > URL_CORS_HEADERS_MAX || tooLong) {
          findings.push({
            resource: url,
            property,
            value,
            limit: `1 to ${URL_CORS_HEADERS_MAX} headers of 1 to ${formatNumber(URL_CORS_HEADER_LENGTH_MAX)} characters each`,
            fix: "List at most 100 non-empty header names, or use ['*'].",
          });
        }
      }
    }
    return findings;
  },
};
