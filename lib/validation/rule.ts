import { Stack, Token } from 'aws-cdk-lib';
import { perObject } from './model';
import type { LambdaModel, ModelResource } from './model';

/** How serious a finding is. */
export enum Severity {
  /** AWS rejects the template, or deliveries fail silently: synth fails. */
  ERROR = 'error',
  /** Advice: reported as an acknowledgeable warning (`Annotations.of(x).acknowledgeWarning(id)`). */
  WARNING = 'warning',
}

/** One problem with one resource. */
export interface Finding {
  /** The L1 resource the problem is about. */
  readonly resource: ModelResource;
  /** The CloudFormation property path, for example `MemorySize` or `Environment.Variables`. */
  readonly property: string;
  /** The value found (already resolved). */
  readonly value: unknown;
  /** The limit, in words: `at most 10,240 MB`. */
  readonly limit: string;
  /** How to fix it, one sentence. */
  readonly fix: string;
  /** Overrides the rule's severity for this finding (rules whose severity depends on the input). */
  readonly severity?: Severity;
}

/** The Lambda quotas of one account in one Region. */
export interface AccountQuotas {
  /** The account's concurrent-executions quota. */
  readonly accountConcurrency: number;
  /** The largest memory size the account may configure, in MB. */
  readonly accountMaxMemoryMb: number;
}

/** Options every rule can read: account quotas and the evaluation date. */
export interface RuleOptions {
  /** The quotas of the account and Region `stack` deploys to. */
  quotasOf(stack: Stack): AccountQuotas;
  /** The least unreserved concurrency Lambda keeps for the account. */
  readonly minUnreservedConcurrency: number;
  /** The day runtime deprecation dates are compared against. */
  readonly today: Date;
}

/**
 * `account/region` of a stack, with `*` for what the app leaves to deployment time: the key of an account's quotas.
 * Environment-agnostic stacks are taken to share one account and Region, which is how they are usually deployed.
 * Remembered: a stack's environment is fixed when it is created, and aspects ask for it on every resource they visit.
 */
export const accountKey = perObject(({ account, region }: Stack): string =>
  `${Token.isUnresolved(account) ? '*' : account}/${Token.isUnresolved(region) ? '*' : region}`);

/** What a rule sees: the whole app's Lambda-related resources, resolved. */
export interface RuleContext {
  readonly model: LambdaModel;
  readonly options: RuleOptions;
}

/**
 * A rule: a pure check over resolved L1 properties.
 *
 * A rule never throws and never touches the construct tree; an unresolved value
 * (a token, an intrinsic function) is never flagged.
 */
export interface Rule {
  /** `LambdaKit.<Area>.<Rule>`, stable: users skip and acknowledge rules by it. */
  readonly id: string;
  readonly severity: Severity;
  /** The constraint, one sentence, as RULES.md shows it. */
  readonly constraint: string;
  /** The AWS documentation page the constraint comes from. */
  readonly source: string;
  /** The CloudFormation resource types this rule reports findings on. */
  readonly resourceTypes: string[];
  check(context: RuleContext): Finding[];
}
