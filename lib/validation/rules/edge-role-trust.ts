import { EDGE_RESTRICTIONS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { arrayValue, isKnown, objectValue, stringValue } from '../values';
import { edgeFunctions } from './edge-lookups';

const PRINCIPALS = ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'];

/** The service principals an Allow sts:AssumeRole statement of a fully known trust policy names. */
function trustedServices(document: Record<string, unknown>): string[] {
  const statements = arrayValue(document.Statement) ?? [document.Statement];
  return statements.flatMap(item => {
    const statement = objectValue(item) ?? {};
    const actions = [statement.Action].flat().map(stringValue);
    if (statement.Effect !== 'Allow' || !actions.some(action => action === 'sts:AssumeRole' || action === 'sts:*' || action === '*')) return [];
    return [objectValue(statement.Principal)?.Service].flat().map(stringValue).filter((name): name is string => name !== undefined);
  });
}

/** The execution role of an edge function trusts both lambda.amazonaws.com and edgelambda.amazonaws.com (edge-role-trust). */
export const edgeRoleTrust: Rule = {
  id: 'LambdaKit.Edge.RoleTrust',
  severity: Severity.ERROR,
  constraint: `The execution role of a Lambda@Edge function (an AWS::IAM::Role of the app) can be assumed by ${PRINCIPALS.join(' and ')}.`,
  source: EDGE_RESTRICTIONS_DOC,
  resourceTypes: ['AWS::IAM::Role'],
  check({ model }) {
    const findings: Finding[] = [];
    const reported = new Set<unknown>();
    for (const { fn } of edgeFunctions(model)) {
      const role = model.referenced(fn, fn.properties.Role);
      if (role?.type !== 'AWS::IAM::Role' || reported.has(role)) continue;
      const document = role.properties.AssumeRolePolicyDocument;
      if (!isKnown(document) || !objectValue(document)) continue;
      const services = trustedServices(objectValue(document)!);
      const missing = PRINCIPALS.filter(principal => !services.includes(principal));
      if (missing.length === 0) continue;
      reported.add(role);
      findings.push({
        resource: role,
        property: 'AssumeRolePolicyDocument',
        value: document,
        limit: `a trust policy that allows ${PRINCIPALS.join(' and ')} to assume the role of the Lambda@Edge function ${fn.path} (missing: ${missing.join(', ')})`,
        fix: `Add ${missing.join(' and ')} to the role's trusted service principals (role.assumeRolePolicy?.addStatements or a CompositePrincipal).`,
      });
    }
    return findings;
  },
};
