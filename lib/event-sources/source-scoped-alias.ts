import { Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/**
 * The live alias as aws-cdk-lib's triggers see it: every resource-policy permission they add through it carries
 * `SourceAccount` (the account of the resource that invokes, or `account` when given), beside the `SourceArn`
 * they set, so that no other account's bucket, topic, rule or API can invoke the function.
 *
 * aws-cdk-lib's SNS subscription, EventBridge target and API Gateway integrations set only `SourceArn`.
 */
export function sourceScopedAlias(alias: lambda.IFunction, account?: string): lambda.IFunction {
  const addPermission = (id: string, permission: lambda.Permission) => alias.addPermission(id, {
    ...permission,
    sourceAccount: permission.sourceAccount ?? account ?? Stack.of(permission.scope ?? alias).account,
  });
  return new Proxy(alias, {
    get(target, property) {
      if (property === 'addPermission') return addPermission;
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
