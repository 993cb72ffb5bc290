import { Stack, Token } from 'aws-cdk-lib';
import { RESOURCE_POLICY_MAX_BYTES, RESOURCE_POLICY_WARN_RATIO, QUOTAS_DOC } from '../limits';
import { groupBy } from '../model';
import type { ModelResource } from '../model';
import { Finding, Rule, Severity } from '../rule';
import { booleanValue, formatNumber, isIntrinsic, stringValue } from '../values';
import { FunctionTarget, permissionsWithTargets, targetKey } from './versioning-lookups';

/**
 * A function's resource-based policy (one per function and qualifier) is at most 20 KB; every
 * AWS::Lambda::Permission adds a statement to it (perm-policy-size).
 *
 * How the size is estimated: each Permission is rendered as the statement Lambda's GetPolicy returns
 * (compact JSON: Sid, Effect, Principal - `"*"`, `{"Service": ...}` or `{"AWS": "arn:aws:iam::<account>:root"}` -,
 * Action, Resource - the function's ARN with its qualifier -, and a Condition built from SourceArn (ArnLike
 * AWS:SourceArn), SourceAccount, PrincipalOrgID, EventSourceToken, FunctionUrlAuthType (StringEquals) and
 * InvokedViaFunctionUrl (Bool)), wrapped in `{"Version":"2012-10-17","Id":"default","Statement":[...]}`.
 * CloudFormation's statement id is `<stack name>-<logical id>-<12 random characters>` (at most 100); a generated
 * function name is `<stack name>-<logical id>-<12 random characters>` (at most 64). Values synth cannot know count
 * as little as they can (pseudo parameters by their usual length, any other reference as 8 characters), so the
 * estimate is a lower bound: an ERROR is a policy that surely exceeds the limit; near misses get the 80 % WARNING.
 */
export const permissionPolicySize: Rule = {
  id: 'LambdaKit.Permission.PolicySize',
  severity: Severity.ERROR,
  constraint: `The resource-based policy of a function (or of one of its versions or aliases), the sum of its Permission statements, is at most ${formatNumber(RESOURCE_POLICY_MAX_BYTES)} bytes (warning above ${RESOURCE_POLICY_WARN_RATIO * 100} %).`,
  source: QUOTAS_DOC,
  resourceTypes: ['AWS::Lambda::Function', 'AWS::Lambda::Alias', 'AWS::Lambda::Version', 'AWS::Lambda::Permission'],
  check({ model }) {
    const findings: Finding[] = [];
    const permissions = permissionsWithTargets(model).filter(p => p.target) as Array<{ resource: ModelResource; target: FunctionTarget }>;
    for (const group of groupBy(permissions, p => targetKey(p.target)).values()) {
      const statements = group.map(p => renderStatement(p.resource, p.target));
      const size = POLICY_ENVELOPE.length + statements.reduce((sum, statement) => sum + statement.length, 0) + statements.length - 1;
      const warnAt = RESOURCE_POLICY_MAX_BYTES * RESOURCE_POLICY_WARN_RATIO;
      if (size <= warnAt) continue;
      const { target } = group[0];
      const over = size > RESOURCE_POLICY_MAX_BYTES;
      findings.push({
        resource: target.qualifier.alias ?? target.qualifier.version ?? target.fn.resource ?? group[group.length - 1].resource,
        property: 'resource-based policy',
        value: `about ${formatNumber(size)} bytes from ${group.length} AWS::Lambda::Permission statements`,
        limit: over
          ? `at most ${formatNumber(RESOURCE_POLICY_MAX_BYTES)} bytes (PolicyLengthExceededException)`
          : `well under ${formatNumber(RESOURCE_POLICY_MAX_BYTES)} bytes (it is above ${RESOURCE_POLICY_WARN_RATIO * 100} %)`,
        fix: 'Consolidate permissions: grant each service once with a wildcard SourceArn (for example one API Gateway permission for arn:...:api-id/* instead of one per route), or split the work across functions.',
        severity: over ? Severity.ERROR : Severity.WARNING,
      });
    }
    return findings;
  },
};

const POLICY_ENVELOPE = '{"Version":"2012-10-17","Id":"default","Statement":[]}';
/** What an unknown reference counts as: short on purpose (see the rule's comment). */
const UNKNOWN = 'x'.repeat(8);

/** The statement Lambda would store for one Permission, as compact JSON. */
export function renderStatement(permission: ModelResource, target: FunctionTarget): string {
  const stack = permission.stack;
  const properties = permission.properties;
  const text = (value: unknown) => estimateText(value, stack);
  const principal = text(properties.Principal);
  const conditions: Record<string, Record<string, string>> = {};
  const add = (operator: string, key: string, value: unknown) => {
    if (value !== undefined) conditions[operator] = { ...conditions[operator], [key]: text(value) };
  };
  add('ArnLike', 'AWS:SourceArn', properties.SourceArn);
  add('StringEquals', 'AWS:SourceAccount', properties.SourceAccount);
  add('StringEquals', 'aws:PrincipalOrgID', properties.PrincipalOrgID);
  add('StringEquals', 'lambda:EventSourceToken', properties.EventSourceToken);
  add('StringEquals', 'lambda:FunctionUrlAuthType', properties.FunctionUrlAuthType);
  if (booleanValue(properties.InvokedViaFunctionUrl) === true) add('Bool', 'lambda:InvokedViaFunctionUrl', 'true');
  const statement = {
    Sid: `${stack.stackName}-${permission.logicalId}-${'x'.repeat(12)}`.slice(0, 100),
    Effect: 'Allow',
    Principal: principal === '*' ? '*'
      : /^\d{12}$/.test(principal) ? { AWS: `arn:aws:iam::${principal}:root` }
        : principal.startsWith('arn:') ? { AWS: principal } : { Service: principal },
    Action: text(properties.Action),
    Resource: functionArn(stack, target),
    ...(Object.keys(conditions).length > 0 ? { Condition: conditions } : {}),
  };
  return JSON.stringify(statement);
}

function functionArn(stack: Stack, target: FunctionTarget): string {
  const fn = target.fn.resource;
  const name = target.fn.name ?? (fn ? `${fn.stack.stackName}-${fn.logicalId}-${'x'.repeat(12)}`.slice(0, 64) : UNKNOWN);
  const qualifier = target.qualifier.key === '' ? '' : `:${target.qualifier.text ?? '1'}`;
  return `arn:aws:lambda:${pseudo(stack, 'AWS::Region')}:${pseudo(stack, 'AWS::AccountId')}:function:${name}${qualifier}`;
}

function pseudo(stack: Stack, name: string): string {
  switch (name) {
    case 'AWS::Partition': return 'aws';
    case 'AWS::Region': return Token.isUnresolved(stack.region) ? 'us-east-1' : stack.region;
    case 'AWS::AccountId': return Token.isUnresolved(stack.account) ? '123456789012' : stack.account;
    case 'AWS::URLSuffix': return 'amazonaws.com';
    case 'AWS::StackName': return stack.stackName;
    default: return UNKNOWN;
  }
}

/** A lower-bound rendering of a resolved value as text (see the rule's comment). */
export function estimateText(value: unknown, stack: Stack): string {
  const literal = stringValue(value);
  if (literal !== undefined) return literal;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (!isIntrinsic(value)) return UNKNOWN;
  const object = value as Record<string, unknown>;
  const ref = stringValue(object.Ref);
  if (ref !== undefined) return ref.startsWith('AWS::') ? pseudo(stack, ref) : UNKNOWN;
  const join = object['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    return join[1].map(part => estimateText(part, stack)).join(join[0]);
  }
  const sub = object['Fn::Sub'];
  const template = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  if (template !== undefined) return template.replace(/\$\{([^}!][^}]*)\}/g, (_, name: string) => pseudo(stack, name));
  return UNKNOWN;
}
