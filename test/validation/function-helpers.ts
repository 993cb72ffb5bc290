import { App, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, limitsApp, limitWarnings, synthErrors } from './helpers';
import { LambdaLimitsProps } from '../../lib';

/** Template properties to set on the test function: dotted paths are allowed, `undefined` deletes the property. */
export type PropertyOverrides = Record<string, unknown>;

/** Applies escape-hatch overrides to an L1 function. */
export function override(fn: lambda.CfnFunction, overrides: PropertyOverrides): lambda.CfnFunction {
  for (const [path, value] of Object.entries(overrides)) {
    if (value === undefined) fn.addPropertyDeletionOverride(path);
    else fn.addPropertyOverride(path, value);
  }
  return fn;
}

/**
 * What `rule` reported for an app: its error lines when synth fails, else its warnings.
 * (Warnings are only readable from a successful synth, so warning tests keep the app free of errors.)
 */
export function ruleFindings(app: App, stack: Stack, rule: string): string[] {
  const errors = synthErrors(app);
  const lines = errors.length > 0 ? errors : limitWarnings(stack);
  return lines.filter(line => line.includes(`[${rule}]`));
}

/** The findings of `rule` for one minimal L1 function `Stack/Fn` with `overrides` applied. */
export function findingsFor(
  rule: string,
  overrides: PropertyOverrides,
  options: { props?: LambdaLimitsProps; setup?: (stack: Stack, fn: lambda.CfnFunction) => void } = {},
): string[] {
  const { app, stack } = limitsApp(options.props);
  const fn = override(cfnFunction(stack, 'Fn'), overrides);
  options.setup?.(stack, fn);
  return ruleFindings(app, stack, rule);
}

/** An L2 function with inline code; `props` replaces or adds props. */
export function l2Function(stack: Stack, id: string, props: Partial<lambda.FunctionProps> = {}): lambda.Function {
  return new lambda.Function(stack, id, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {}'),
    ...props,
  });
}
