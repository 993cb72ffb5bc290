import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/** The role a function runs as, and the one customer-managed policy that holds all its permissions. */
export interface ExecutionIdentity {
  /** The role as the function sees it: statements added to it land in `policy`. */
  readonly role: iam.IRole;
  /** The customer-managed policy attached to the role. */
  readonly policy: iam.ManagedPolicy;
}

/**
 * Creates the execution role (trusted by lambda.amazonaws.com only, no AWS managed policy) unless one is
 * given, and one customer-managed policy attached to it.
 *
 * aws-cdk-lib's Function adds statements to its role as it goes (X-Ray, KMS, the dead-letter target, VPC).
 * On a plain role those would become an inline `DefaultPolicy`; the role handed to the Function is a
 * view of the real role whose `addToPrincipalPolicy` writes into the managed policy instead, so every
 * permission is in one place, reviewable and resource-scoped.
 */
export function createExecutionIdentity(scope: Construct, given?: iam.IRole): ExecutionIdentity {
  const role = given ?? new iam.Role(scope, 'ServiceRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: `Execution role of ${scope.node.path}`,
  });
  const policy = new iam.ManagedPolicy(scope, 'ExecutionPolicy', {
    description: `Permissions of ${scope.node.path}, scoped to the resources it uses`,
    roles: [role],
  });
  return { role: routePolicyTo(role, policy), policy };
}

function routePolicyTo(role: iam.IRole, policy: iam.ManagedPolicy): iam.IRole {
  const addToPrincipalPolicy = (statement: iam.PolicyStatement): iam.AddToPrincipalPolicyResult => {
    policy.addStatements(statement);
    return { statementAdded: true, policyDependable: policy };
  };
  return new Proxy(role, {
    get(target, property, receiver) {
      if (property === 'addToPrincipalPolicy') return addToPrincipalPolicy;
      // Grants (`queue.grantSendMessages(fn)`) reach the role through grantPrincipal: keep them on this view.
      if (property === 'grantPrincipal') return receiver;
      if (property === 'addToPolicy') return (statement: iam.PolicyStatement) => addToPrincipalPolicy(statement).statementAdded;
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
