import { VPC_DOC } from '../limits';
import type { LambdaModel, ModelResource } from '../model';
import { Severity } from '../rule';
import { arrayValue, isIntrinsic, isKnown, objectValue, pathValue, stringValue } from '../values';
import { functionRule } from './function-lookups';

const ENI_ACTION = 'ec2:CreateNetworkInterface';
/** AWS managed policies known to allow ec2:CreateNetworkInterface. */
const AWS_POLICIES_WITH_ENI = ['AWSLambdaVPCAccessExecutionRole', 'AWSLambdaENIManagementAccess', 'AWSLambdaMSKExecutionRole', 'AdministratorAccess', 'PowerUserAccess', 'AmazonEC2FullAccess'];

/**
 * A VPC function's in-app execution role allows ec2:CreateNetworkInterface (fn-vpc-role-eni): otherwise CreateFunction
 * fails with "The provided execution role does not have permissions to call CreateNetworkInterface on EC2". The rule
 * only speaks when it can see every policy of the role: inline, in-app managed and IAM policies, and AWS managed policies.
 */
export const functionVpcRole = functionRule({
  id: 'LambdaKit.Function.VpcRolePermissions',
  severity: Severity.ERROR,
  constraint: `The in-app execution role of a VPC function allows ${ENI_ACTION} (for example through AWSLambdaVPCAccessExecutionRole).`,
  source: VPC_DOC,
  requires: ['VpcConfig'],
  check(fn, { model }) {
    const subnets = pathValue(fn.properties, 'VpcConfig.SubnetIds');
    if (!(arrayValue(subnets)?.length ?? 0)) return undefined;
    const role = model.referenced(fn, fn.properties.Role);
    if (role?.type !== 'AWS::IAM::Role' || allowsEni(model, role) !== false) return undefined;
    return {
      property: 'Role',
      value: role.path,
      limit: `a role that allows ${ENI_ACTION} when the function is in a VPC`,
      fix: `Give ${role.path} the ENI permissions (the AWS managed policy AWSLambdaVPCAccessExecutionRole, or ec2:CreateNetworkInterface, `
        + 'ec2:DescribeNetworkInterfaces and ec2:DeleteNetworkInterface), and make the function depend on that policy.',
    };
  },
});

/** `true`/`false` when every policy of the role is known; `undefined` when one of them cannot be read. */
function allowsEni(model: LambdaModel, role: ModelResource): boolean | undefined {
  const documents: unknown[] = [];
  let unknown = false;
  for (const policy of arrayValue(role.properties.Policies) ?? []) documents.push(objectValue(policy)?.PolicyDocument);
  const managedArns = role.properties.ManagedPolicyArns;
  if (managedArns !== undefined && !arrayValue(managedArns)) unknown = true;
  for (const arn of arrayValue(managedArns) ?? []) {
    const managed = model.referenced(role, arn);
    if (managed?.type === 'AWS::IAM::ManagedPolicy') {
      documents.push(managed.properties.PolicyDocument);
      continue;
    }
    const text = joinedString(arn);
    const awsPolicy = text !== undefined ? /:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(text)?.[1] : undefined;
    if (awsPolicy !== undefined && AWS_POLICIES_WITH_ENI.includes(awsPolicy)) return true;
    // A customer managed policy from outside the app, or an AWS managed one not in the list: cannot tell.
    if (awsPolicy === undefined || !/^AWSLambda(BasicExecutionRole|_ReadOnlyAccess)$/.test(awsPolicy)) unknown = true;
  }
  for (const policy of [...model.ofType('AWS::IAM::Policy'), ...model.ofType('AWS::IAM::ManagedPolicy'), ...model.ofType('AWS::IAM::RolePolicy')]) {
    if (policy.stack !== role.stack) continue;
    const roles = arrayValue(policy.properties.Roles) ?? [policy.properties.RoleName];
    if (roles.some(item => model.referenced(policy, item) === role)) documents.push(policy.properties.PolicyDocument);
  }
  for (const document of documents) {
    const statements = pathValue({ document }, 'document.Statement');
    for (const statement of arrayValue(statements) ?? (statements === undefined ? [] : [statements])) {
      const verdict = statementAllows(objectValue(statement));
      if (verdict === true) return true;
      if (verdict === undefined) unknown = true;
    }
    if (!isKnown(document)) unknown = true;
  }
  return unknown ? undefined : false;
}

function statementAllows(statement: Record<string, unknown> | undefined): boolean | undefined {
  if (!statement) return undefined;
  if (statement.Effect !== 'Allow') return statement.Effect === 'Deny' ? false : undefined;
  if (statement.NotAction !== undefined) return undefined;
  const actions = Array.isArray(statement.Action) ? statement.Action : [statement.Action];
  if (actions.some(action => typeof action !== 'string')) return actions.some(action => matches(action)) ? true : undefined;
  return actions.some(action => matches(action));
}

function matches(action: unknown): boolean {
  if (typeof action !== 'string') return false;
  const pattern = new RegExp(`^${action.split('*').map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
  return pattern.test(ENI_ACTION);
}

/** A string, or an `Fn::Join` of strings and `AWS::Partition` (how aws-cdk-lib writes managed policy ARNs). */
function joinedString(value: unknown): string | undefined {
  const text = stringValue(value);
  if (text !== undefined) return text;
  if (!isIntrinsic(value)) return undefined;
  const join = (value as Record<string, unknown>)['Fn::Join'];
  if (!Array.isArray(join) || typeof join[0] !== 'string' || !Array.isArray(join[1])) return undefined;
  const parts = join[1].map(part => stringValue(part) ?? (isIntrinsic(part) && (part as Record<string, unknown>).Ref === 'AWS::Partition' ? 'aws' : undefined));
  return parts.every(part => part !== undefined) ? parts.join(join[0]) : undefined;
}
