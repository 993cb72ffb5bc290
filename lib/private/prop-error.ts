import { Construct } from 'constructs';

/**
 * One error of a construct prop (or prop combination) that has no L1 property of its own, in LambdaLimits's
 * message format, reported at synth with every other problem:
 * ``[LambdaKit.<area>.<rule>] <path>: `<prop>` must be <limit>, got: <value>. <fix> See <doc>``.
 */
export function propError(
  scope: Construct, rule: string, prop: string, limit: string, value: string, fix: string, doc: string, area = 'ServerlessFunction',
): string {
  return `[LambdaKit.${area}.${rule}] ${scope.node.path}: \`${prop}\` must be ${limit}, got: ${value}. ${fix} See ${doc}`;
}
