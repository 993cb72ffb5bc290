import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { LambdaLimits, LambdaLimitsProps } from '../../lib';

/** A fresh app and stack with LambdaLimits applied to the app, and a fixed evaluation date. */
export function limitsApp(props: LambdaLimitsProps = {}): { app: App; stack: Stack } {
  // AWS's own validator is tested separately (the oracle test); here it would only add noise and time.
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
  Aspects.of(app).add(new LambdaLimits(props));
  return { app, stack };
}

/** A minimal valid L1 function; `overrides` replaces or adds properties. */
export function cfnFunction(stack: Stack, id: string, overrides: Partial<lambda.CfnFunctionProps> = {}): lambda.CfnFunction {
  return new lambda.CfnFunction(stack, id, {
    code: { s3Bucket: 'code-bucket', s3Key: 'code.zip' },
    role: 'arn:aws:iam::123456789012:role/fn-role',
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    ...overrides,
  });
}

/**
 * The validation errors a synth reports, one string per finding (`[path] [RuleId] ...`);
 * an empty array when synth succeeds. `force` synthesizes again an app already synthesized.
 */
export function synthErrors(app: App, force = false): string[] {
  try {
    app.synth({ force });
    return [];
  } catch (e) {
    const message = (e as Error).message;
    if (!message.includes('Validation failed with the following errors')) throw e;
    return message.split('\n').filter(line => /^\s*\[/.test(line)).map(line => line.trim());
  }
}

/** The ids of the rules that reported errors in a synth. */
export function errorRuleIds(app: App, force = false): string[] {
  return synthErrors(app, force).map(line => /\] \[([A-Za-z0-9.]+)\]/.exec(line)?.[1] ?? line);
}

/** The warnings LambdaLimits reported on a stack (after a successful synth), as `RuleId: message`. */
export function limitWarnings(stack: Stack): string[] {
  return Annotations.fromStack(stack).findWarning('*', Match.anyValue()).map(w => String(w.entry.data))
    .filter(text => text.includes('[LambdaKit.'));
}

/** An L2 function with inline code (no assets). */
export function l2Function(stack: Stack, id: string, props: Partial<lambda.FunctionProps> = {}): lambda.Function {
  return new lambda.Function(stack, id, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {}'),
    ...props,
  });
}

/** The error lines one rule reported in a synth. */
export function ruleErrors(app: App, rule: string): string[] {
  return synthErrors(app).filter(line => line.includes(`[${rule}]`));
}

/** The warnings one rule reported anywhere in the app (the synth must succeed). */
export function ruleWarnings(app: App, rule: string): string[] {
  return app.synth().stacks.flatMap(stack => stack.messages)
    .filter(message => message.level === 'warning')
    .map(message => String(message.entry.data))
    .filter(text => text.includes(`[${rule}]`));
}
