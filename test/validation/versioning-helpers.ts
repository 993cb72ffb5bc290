import { Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, l2Function, ruleErrors, ruleWarnings } from './helpers';

export { l2Function, ruleErrors, ruleWarnings };

/** An L1 Version of an L1 function. */
export function cfnVersion(stack: Stack, id: string, fn: lambda.CfnFunction, overrides: Partial<lambda.CfnVersionProps> = {}): lambda.CfnVersion {
  return new lambda.CfnVersion(stack, id, { functionName: fn.ref, ...overrides });
}

/** An L1 Alias named `live` of an L1 function, pointing at `version` (a Version resource or a literal). */
export function cfnAlias(
  stack: Stack, id: string, fn: lambda.CfnFunction, version: lambda.CfnVersion | string, overrides: Partial<lambda.CfnAliasProps> = {},
): lambda.CfnAlias {
  return new lambda.CfnAlias(stack, id, {
    functionName: fn.ref,
    functionVersion: typeof version === 'string' ? version : version.attrVersion,
    name: 'live',
    ...overrides,
  });
}

/** A function, a version of it and an alias `live` on that version, all L1. */
export function cfnFunctionVersionAlias(stack: Stack, aliasOverrides: Partial<lambda.CfnAliasProps> = {}) {
  const fn = cfnFunction(stack, 'Fn');
  const version = cfnVersion(stack, 'Version', fn);
  const alias = cfnAlias(stack, 'Alias', fn, version, aliasOverrides);
  return { fn, version, alias };
}

/** A literal Lambda function ARN in the test account and Region. */
export function functionArn(name: string, qualifier?: string): string {
  return `arn:aws:lambda:us-east-1:123456789012:function:${name}${qualifier ? `:${qualifier}` : ''}`;
}
