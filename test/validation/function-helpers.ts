import { App, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { cfnFunction, l2Function, limitsApp, synthErrors } from './helpers';
import { LambdaLimitsProps } from '../../lib';

export { l2Function };

/** Template properties to set on the test function: dotted paths are allowed, `undefined` deletes the property. */
export type PropertyOverrides = Record<string, unknown>;

/** Applies escape-hatch overrides to an L1 function; `Code` replaces the whole code object. */
export function override(fn: lambda.CfnFunction, overrides: PropertyOverrides): lambda.CfnFunction {
  for (const [path, value] of Object.entries(overrides)) {
    // Overrides merge into objects: start `Code` from nothing so that it holds exactly what the test gives.
    if (path === 'Code') fn.code = {};
    if (value === undefined) fn.addPropertyDeletionOverride(path);
    else fn.addPropertyOverride(path, value);
  }
  return fn;
}

/**
 * What `rule` reported for an app: its error lines when synth fails, else its warnings.
 * (Warnings are only readable from a successful synth, so warning tests keep the app free of errors.)
 */
export function ruleFindings(app: App, rule: string): string[] {
  const errors = synthErrors(app);
  const lines = errors.length > 0 ? errors : app.synth().stacks.flatMap(stack => stack.messages)
    .filter(message => message.level === 'warning')
    .map(message => String(message.entry.data));
  return lines.filter(line => line.includes(`[${rule}]`));
}

/** The findings of `rule` for one minimal L1 function `Stack/Fn` (built with `options.fn` props) with `overrides` applied. */
export function findingsFor(
  rule: string,
  overrides: PropertyOverrides,
  options: { props?: LambdaLimitsProps; fn?: Partial<lambda.CfnFunctionProps>; setup?: (stack: Stack, fn: lambda.CfnFunction) => void } = {},
): string[] {
  const { app, stack } = limitsApp(options.props);
  const fn = override(cfnFunction(stack, 'Fn', options.fn), overrides);
  options.setup?.(stack, fn);
  return ruleFindings(app, rule);
}

/** Code in S3, for L2 functions on runtimes without inline code. */
export function s3Code(stack: Stack): lambda.Code {
  return lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'CodeBucket', 'code-bucket'), 'code.zip');
}
