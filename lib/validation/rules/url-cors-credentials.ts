import { CFN_URL_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { booleanValue, pathValue } from '../values';
import { literalItems } from './versioning-lookups';

/** Credentialed CORS with a wildcard origin is refused by browsers (url-cors-credentials-wildcard, UNVERIFIED for Lambda). */
export const urlCorsCredentials: Rule = {
  id: 'LambdaKit.Url.CorsCredentialsWildcard',
  severity: Severity.WARNING,
  constraint: "UNVERIFIED whether Lambda rejects it: a function URL's Cors.AllowCredentials true is not combined with the origin '*' (browsers refuse credentialed responses to a wildcard origin).",
  source: CFN_URL_DOC,
  resourceTypes: ['AWS::Lambda::Url'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const url of model.ofType('AWS::Lambda::Url')) {
      const origins = literalItems(pathValue(url.properties, 'Cors.AllowOrigins')) ?? [];
      if (booleanValue(pathValue(url.properties, 'Cors.AllowCredentials')) === true && origins.includes('*')) {
        findings.push({
          resource: url,
          property: 'Cors.AllowOrigins',
          value: origins,
          limit: "explicit origins when AllowCredentials is true (not '*')",
          fix: 'List the origins that may send credentials, or set AllowCredentials to false.',
        });
      }
    }
    return findings;
  },
};
