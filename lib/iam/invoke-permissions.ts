import { createHash } from 'crypto';
import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { propError } from '../private/prop-error';

const PERMISSIONS_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html';
const REFUSED = new WeakMap<Construct, string[]>();

/** Which kind of invoke grant is asked for. */
export enum InvokeGrantKind {
  INVOKE = 'grantInvoke',
  INVOKE_URL = 'grantInvokeUrl',
}

/**
 * Grants invoking the live alias (or its URL) to a role, an account, an organization or a service principal,
 * refusing what would make the function callable by anyone or by a confused deputy:
 * - a wildcard principal (`AnyPrincipal`, `StarPrincipal`, `*`): a public function URL is the only public door, and
 *   it needs `url.allowPublicAccess`;
 * - a service principal without both `aws:SourceArn` and `aws:SourceAccount` conditions: any account's resource of
 *   that service could otherwise invoke the function (use `grantInvokeToService`, which adds both).
 * A refused grant changes nothing and fails `cdk synth` with the reason (reported with every other problem).
 */
export function grantInvokeOnAlias(
  scope: Construct, alias: lambda.Alias, grantee: iam.IGrantable, kind: InvokeGrantKind, caller?: Construct,
): iam.Grant {
  const refusal = refusalOf(Stack.of(scope), grantee.grantPrincipal);
  if (refusal) {
    refuse(scope, propError(scope, 'InvokePrincipal', `${kind}(grantee)`, refusal.limit, refusal.value, refusal.fix, PERMISSIONS_DOC));
    return iam.Grant.drop(grantee, `${kind} refused`);
  }
  const fragment = grantee.grantPrincipal.policyFragment;
  if (fragment.principalJson.Service !== undefined) {
    const service = [fragment.principalJson.Service].flat()[0];
    const sourceArn = conditionValue(fragment.conditions, 'aws:SourceArn');
    const sourceAccount = conditionValue(fragment.conditions, 'aws:SourceAccount');
    return addServicePermissions(scope, alias, grantee, { service, sourceArn, sourceAccount, callerPath: caller?.node.path }, kind);
  }
  return kind === InvokeGrantKind.INVOKE_URL ? alias.grantInvokeUrl(grantee) : alias.grantInvoke(grantee);
}

interface ServiceCaller {
  readonly service: string;
  readonly sourceArn: string;
  readonly sourceAccount: string;
  /** The construct path of the calling resource, when its ARN cannot be resolved yet (a distribution being built). */
  readonly callerPath?: string;
}

/**
 * The resource-policy statements for one service on behalf of one resource. Written here rather than through
 * aws-cdk-lib's grantInvoke, which memoizes grants by principal: a second resource of the same service (a second
 * distribution, a second rule) would silently get no statement. The construct id is derived from the caller, so the
 * same grant twice is still one statement.
 */
function addServicePermissions(
  scope: Construct, alias: lambda.Alias, grantee: iam.IGrantable, caller: ServiceCaller, kind: InvokeGrantKind,
): iam.Grant {
  const stack = Stack.of(scope);
  const identity = JSON.stringify(stack.resolve([caller.service, caller.sourceArn, caller.sourceAccount, caller.callerPath ?? '']));
  const digest = createHash('sha256').update(identity).digest('hex').slice(0, 8);
  const base = { principal: new iam.ServicePrincipal(caller.service), sourceArn: caller.sourceArn, sourceAccount: caller.sourceAccount };
  const statements: Array<[string, lambda.Permission]> = kind === InvokeGrantKind.INVOKE_URL
    ? [
      [`InvokeUrlBy${digest}`, { ...base, action: 'lambda:InvokeFunctionUrl', functionUrlAuthType: lambda.FunctionUrlAuthType.AWS_IAM }],
      [`InvokeViaUrlBy${digest}`, { ...base, action: 'lambda:InvokeFunction', invokedViaFunctionUrl: true }],
    ]
    : [[`InvokeBy${digest}`, { ...base, action: 'lambda:InvokeFunction' }]];
  for (const [id, permission] of statements) {
    if (!alias.node.tryFindChild(id)) alias.addPermission(id, permission);
  }
  // The permission lives in the alias's resource policy; nothing is added to the caller.
  return iam.Grant.drop(grantee, `${kind} granted in the resource policy of ${alias.node.path}`);
}

function conditionValue(conditions: Record<string, unknown>, key: string): string {
  for (const operator of Object.values(conditions)) {
    if (typeof operator === 'object' && operator !== null && key in operator) return (operator as Record<string, string>)[key];
  }
  throw new Error(`missing ${key}`);
}

/**
 * Lets a service invoke the live alias on behalf of one resource of one account: a resource-policy statement for
 * the service principal with `SourceArn` and `SourceAccount`, never one without them.
 */
export function grantInvokeToService(scope: Construct, alias: lambda.Alias, service: string, sourceArn: string, sourceAccount?: string): iam.Grant {
  const principal = new iam.ServicePrincipal(service).withConditions({
    ArnLike: { 'aws:SourceArn': sourceArn },
    StringEquals: { 'aws:SourceAccount': sourceAccount ?? Stack.of(scope).account },
  });
  return grantInvokeOnAlias(scope, alias, principal, InvokeGrantKind.INVOKE);
}

interface Refusal {
  readonly limit: string;
  readonly value: string;
  readonly fix: string;
}

function refusalOf(stack: Stack, principal: iam.IPrincipal): Refusal | undefined {
  if (principal instanceof iam.OrganizationPrincipal) return undefined;
  const fragment = principal.policyFragment;
  const json = fragment.principalJson;
  const values = Object.values(json).flat();
  if (values.includes('*') && !hasCondition(fragment.conditions, 'aws:PrincipalOrgID')) {
    return {
      limit: 'a named role, account, organization or service (never the wildcard principal)',
      value: '*',
      fix: 'Name the caller. For a public function URL set `url: { authType: FunctionUrlAuthType.NONE, allowPublicAccess: true }` instead.',
    };
  }
  if (json.Service !== undefined && !(hasCondition(fragment.conditions, 'aws:SourceArn') && hasCondition(fragment.conditions, 'aws:SourceAccount'))) {
    return {
      limit: 'a service principal with both aws:SourceArn and aws:SourceAccount conditions',
      value: `${[stack.resolve(json.Service)].flat().join(', ')} without them`,
      fix: 'Use grantInvokeToService(service, sourceArn, sourceAccount), so only that resource of that account may invoke the function.',
    };
  }
  return undefined;
}

function hasCondition(conditions: Record<string, unknown>, key: string): boolean {
  return Object.values(conditions).some(operator => typeof operator === 'object' && operator !== null && key in operator);
}

function refuse(scope: Construct, error: string) {
  let errors = REFUSED.get(scope);
  if (!errors) {
    errors = [];
    REFUSED.set(scope, errors);
    const list = errors;
    scope.node.addValidation({ validate: () => [...list] });
  }
  if (!errors.includes(error)) errors.push(error);
}
