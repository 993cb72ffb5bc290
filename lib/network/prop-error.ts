import { Construct } from 'constructs';

/**
 * One error of a ServerlessFunction prop (or prop combination) that has no L1 property of its own, in
 * LambdaLimits's message format, reported at synth with every other problem.
 */
export function propError(scope: Construct, rule: string, prop: string, limit: string, value: string, fix: string, doc: string): string {
  return `[LambdaKit.ServerlessFunction.${rule}] ${scope.node.path}: \`${prop}\` must be ${limit}, got: ${value}. ${fix} See ${doc}`;
}
