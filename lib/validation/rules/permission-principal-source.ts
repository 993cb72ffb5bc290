import { RESOURCE_POLICY_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { arnShape, principalService } from './versioning-lookups';

/** The ARN service each well-known service principal invokes from (cfn-lint W3664; perm-principal-matches-source). */
const SOURCE_SERVICES: Record<string, string[]> = {
  's3': ['s3'],
  'sns': ['sns'],
  'sqs': ['sqs'],
  'events': ['events'],
  'scheduler': ['scheduler'],
  'apigateway': ['execute-api'],
  'logs': ['logs'],
  'elasticloadbalancing': ['elasticloadbalancing'],
  'iot': ['iot'],
  'cognito-idp': ['cognito-idp'],
  'secretsmanager': ['secretsmanager'],
  'states': ['states'],
};

/** A service principal's SourceArn is a resource of that service (perm-principal-matches-source). */
export const permissionPrincipalSource: Rule = {
  id: 'LambdaKit.Permission.PrincipalMatchesSource',
  severity: Severity.WARNING,
  constraint: "A Permission's SourceArn names a resource of its principal's service (s3.amazonaws.com with an S3 ARN, apigateway.amazonaws.com with an execute-api ARN...); otherwise the condition never matches.",
  source: RESOURCE_POLICY_DOC,
  resourceTypes: ['AWS::Lambda::Permission'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const permission of model.ofType('AWS::Lambda::Permission')) {
      const service = principalService(permission.properties.Principal);
      const expected = service ? SOURCE_SERVICES[service] : undefined;
      const actual = arnShape(model, permission, permission.properties.SourceArn)?.service;
      if (!expected || !actual || expected.includes(actual)) continue;
      findings.push({
        resource: permission,
        property: 'SourceArn',
        value: permission.properties.SourceArn,
        limit: `an ARN of ${expected.map(s => `'${s}'`).join(' or ')} to match the principal ${permission.properties.Principal} (it names a '${actual}' resource)`,
        fix: 'Use the principal of the service that invokes the function, and that service\'s resource ARN as SourceArn.',
      });
    }
    return findings;
  },
};
