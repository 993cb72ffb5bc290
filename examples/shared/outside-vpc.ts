import { Validations } from 'aws-cdk-lib';
import { ServerlessFunction } from '../../lib';

/**
 * The regulated packs' "Lambda inside a VPC" rules. ServerlessFunction acknowledges Control Tower's
 * lambda_inside_vpc_check itself for a function outside a VPC; these four are acknowledged by each blueprint with its
 * own reason, because only the workload knows that it reaches no private resource.
 */
export const LAMBDA_INSIDE_VPC_RULES = [
  'HIPAA.Security-LambdaInsideVPC',
  'NIST.800.53.R4-LambdaInsideVPC',
  'NIST.800.53.R5-LambdaInsideVPC',
  'PCI.DSS.321-LambdaInsideVPC',
];

/** Acknowledges the regulated packs' VPC rules on `fn`, with why this workload needs no VPC. */
export function acknowledgeOutsideVpc(fn: ServerlessFunction, reason: string): void {
  Validations.of(fn.function).acknowledge(...LAMBDA_INSIDE_VPC_RULES.map(id => ({ id, reason })));
}
