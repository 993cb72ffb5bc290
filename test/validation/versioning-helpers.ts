import { App, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, synthErrors } from './helpers';

/** An L2 function with inline code (no assets). */
export function l2Function(stack: Stack, id: string, props: Partial<lambda.FunctionProps> = {}): lambda.Function {
  return new lambda.Function(stack, id, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {}'),
    ...props,
  });
}

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

/** The error lines one rule reported in a synth. */
export function ruleErrors(app: App, rule: string): string[] {
  return synthErrors(app).filter(line => line.includes(`[${rule}]`));
}

/** The warnings one rule reported in a synth of the app, read from the cloud assembly (the synth must succeed). */
export function ruleWarnings(app: App, rule: string): string[] {
  return app.synth().stacks.flatMap(stack => stack.messages)
    .filter(message => message.level === 'warning')
    .map(message => String(message.entry.data))
    .filter(text => text.includes(`[${rule}]`));
}

/** A literal Lambda function ARN in the test account and Region. */
export function functionArn(name: string, qualifier?: string): string {
  return `arn:aws:lambda:us-east-1:123456789012:function:${name}${qualifier ? `:${qualifier}` : ''}`;
}
