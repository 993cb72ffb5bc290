import { CFN_FUNCTION_DOC, EXECUTION_ROLE_DOC } from '../limits';
import { Severity } from '../rule';
import { arrayValue, isKnown, objectValue, pathValue, stringValue } from '../values';
import { functionRule } from './function-lookups';

const ROLE_ARN = /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;

/** Role is an IAM role ARN (fn-role-arn). */
export const functionRoleArn = functionRule({
  id: 'LambdaKit.Function.RoleArn',
  severity: Severity.ERROR,
  constraint: 'Role is an IAM role ARN (arn:aws:iam::account:role/name), not a role name.',
  source: CFN_FUNCTION_DOC,
  requires: ['Role'],
  check(fn) {
    const role = stringValue(fn.properties.Role);
    if (role === undefined || ROLE_ARN.test(role)) return undefined;
    return {
      property: 'Role',
      value: role,
      limit: 'an IAM role ARN such as arn:aws:iam::123456789012:role/my-function-role',
      fix: 'Give the role ARN (role.roleArn, or Role.fromRoleArn), not its name.',
    };
  },
});

/**
 * An in-app execution role can be assumed by lambda.amazonaws.com (fn-role-trust-lambda): otherwise CreateFunction fails
 * with "The role defined for the function cannot be assumed by Lambda".
 */
export const functionRoleTrust = functionRule({
  id: 'LambdaKit.Function.RoleTrust',
  severity: Severity.ERROR,
  constraint: "An in-app execution role's trust policy lets lambda.amazonaws.com assume it (sts:AssumeRole).",
  source: EXECUTION_ROLE_DOC,
  requires: ['Role'],
  check(fn, { model }) {
    const role = model.referenced(fn, fn.properties.Role);
    if (role?.type !== 'AWS::IAM::Role') return undefined;
    const document = role.properties.AssumeRolePolicyDocument;
    if (!isKnown(document)) return undefined;
    const statements = arrayValue(pathValue(role.properties, 'AssumeRolePolicyDocument.Statement'))
      ?? [objectValue(pathValue(role.properties, 'AssumeRolePolicyDocument.Statement'))].filter(Boolean);
    if (statements.some(statement => trustsLambda(objectValue(statement)))) return undefined;
    return {
      property: 'Role',
      value: role.path,
      limit: 'a role lambda.amazonaws.com may assume',
      fix: `Add lambda.amazonaws.com to the trust policy of ${role.path} (assumedBy: new ServicePrincipal('lambda.amazonaws.com')).`,
    };
  },
});

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function trustsLambda(statement: Record<string, unknown> | undefined): boolean {
  if (!statement || statement.Effect !== 'Allow') return false;
  const actions = asList(statement.Action);
  if (!actions.some(action => action === 'sts:AssumeRole' || action === 'sts:*' || action === '*')) return false;
  const principal = statement.Principal;
  if (principal === '*') return true;
  const services = asList(objectValue(principal)?.Service);
  return services.some(service => service === 'lambda.amazonaws.com' || (typeof service === 'string' && service.startsWith('lambda.amazonaws.com')));
}
