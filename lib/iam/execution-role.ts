import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/** A role and the one customer-managed policy that holds all its permissions. */
export interface ScopedIdentity {
  /** The role as aws-cdk-lib sees it: statements added to it land in `policy`. */
  readonly role: iam.IRole;
  /** The customer-managed policy attached to the role. */
  readonly policy: iam.ManagedPolicy;
}

/** How to create a scoped identity. */
export interface ScopedIdentityOptions {
  /** The service that assumes the role, e.g. `lambda.amazonaws.com`. */
  readonly service: string;
  /** Construct ids of the role and the policy. */
  readonly roleId: string;
  readonly policyId: string;
  /** What the role is for, in its description. */
  readonly purpose: string;
  /** A role the user supplied: it is used instead of creating one. */
  readonly given?: iam.IRole;
}

/**
 * Creates a role trusted by one service (unless one is given), with no AWS managed policy, and one
 * customer-managed policy attached to it.
 *
 * aws-cdk-lib's L2s add statements to the roles they are given as they go (X-Ray, KMS, dead-letter
 * targets, hooks) and some attach AWS managed policies (CodeDeploy's `AWSCodeDeployRoleForLambdaLimited`).
 * On a plain role those become an inline `DefaultPolicy` and broad managed policies. The role handed to the
 * L2 is a view of the real role whose `addToPrincipalPolicy` writes into the customer-managed policy and
 * whose `addManagedPolicy` refuses AWS managed policies, so every permission is in one reviewable,
 * resource-scoped place.
 */
export function createScopedIdentity(scope: Construct, options: ScopedIdentityOptions): ScopedIdentity {
  const role = options.given ?? new iam.Role(scope, options.roleId, {
    assumedBy: new iam.ServicePrincipal(options.service),
    description: `${options.purpose} of ${scope.node.path}`,
  });
  const policy = new iam.ManagedPolicy(scope, options.policyId, {
    description: `Permissions of ${scope.node.path} (${options.purpose.toLowerCase()}), scoped to the resources it uses`,
    roles: [role],
  });
  return { role: routePolicyTo(role, policy, scope), policy };
}

function routePolicyTo(role: iam.IRole, policy: iam.ManagedPolicy, scope: Construct): iam.IRole {
  const addToPrincipalPolicy = (statement: iam.PolicyStatement): iam.AddToPrincipalPolicyResult => {
    policy.addStatements(statement);
    return { statementAdded: true, policyDependable: policy };
  };
  return new Proxy(role, {
    get(target, property, receiver) {
      if (property === 'addToPrincipalPolicy') return addToPrincipalPolicy;
      if (property === 'addToPolicy') return (statement: iam.PolicyStatement) => addToPrincipalPolicy(statement).statementAdded;
      // Grants (`queue.grantSendMessages(fn)`) reach the role through grantPrincipal: keep them on this view.
      if (property === 'grantPrincipal') return receiver;
      if (property === 'addManagedPolicy') {
        return (managed: iam.IManagedPolicy) => {
          // An AWS managed policy is broader than what this construct's statements grant: leave it out.
          if (!isAwsManaged(scope, managed)) target.addManagedPolicy(managed);
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function isAwsManaged(scope: Construct, managed: iam.IManagedPolicy): boolean {
  return JSON.stringify(Stack.of(scope).resolve(managed.managedPolicyArn)).includes(':iam::aws:policy/');
}
