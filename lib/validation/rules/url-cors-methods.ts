import { CFN_URL_DOC, URL_CORS_METHODS_MAX } from '../limits';
import { arrayValue, stringValue } from '../values';
import { propertyRule } from './versioning-lookups';

const METHODS = ['GET', 'PUT', 'HEAD', 'POST', 'PATCH', 'DELETE', '*'];

/** Cors.AllowMethods: 1 to 6 of GET, PUT, HEAD, POST, PATCH, DELETE, * (url-cors-methods). */
export const urlCorsMethods = propertyRule({
  id: 'LambdaKit.Url.CorsMethods',
  constraint: `A function URL's Cors.AllowMethods lists 1 to ${URL_CORS_METHODS_MAX} of ${METHODS.join(', ')} (upper case; OPTIONS is answered by Lambda).`,
  source: CFN_URL_DOC,
  resourceType: 'AWS::Lambda::Url',
  property: 'Cors.AllowMethods',
  limit: `1 to ${URL_CORS_METHODS_MAX} of ${METHODS.join(', ')}`,
  fix: "List the HTTP methods in upper case, without OPTIONS (Lambda answers preflight requests itself), or use ['*'].",
  violates: value => {
    const methods = arrayValue(value);
    if (!methods) return false;
    const invalid = methods.some(method => stringValue(method) !== undefined && !METHODS.includes(method as string));
    return invalid || methods.length < 1 || methods.length > URL_CORS_METHODS_MAX;
  },
});
