import { CfnResource, IAspect, Stack } from 'aws-cdk-lib';
import { IConstruct, IValidation } from 'constructs';
import {
  checkOptions, CONTEXT_ACCOUNT_CONCURRENCY, CONTEXT_ACCOUNT_MAX_MEMORY, CONTEXT_EVALUATION_DATE, currentErrorsFor, describeOptionProblem,
  evaluationOf, RULE_TYPES,
} from './evaluation';
import { synthesisRoot, withdrawOutstandingLoans } from './model';

/**
 * Options for `LambdaLimits`.
 */
export interface LambdaLimitsProps {
  /**
   * Rule ids not to run for resources under this aspect's scope (see RULES.md).
   *
   * @default - every rule runs
   */
  readonly skipRules?: string[];

  /**
   * The account's concurrent-executions quota in this Region.
   *
   * The reserved concurrency of the functions a Stage deploys to one account and Region must leave 100 of it
   * unreserved. An account quota given here holds for every function of the account and Region of each stack this
   * aspect checks (environment-agnostic stacks count as one account), whichever LambdaLimits checks it: several
   * LambdaLimits (ServerlessFunction's `limits` included) that give one account different values fail synth.
   *
   * @default - the context value `cdk-lambda-kit:accountConcurrencyLimit`, else 1,000 (the default quota)
   * @see https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
   */
  readonly accountConcurrencyLimit?: number;

  /**
   * The largest memory size the account may configure, in MB.
   *
   * New accounts can be limited to 3,008 MB until AWS raises the quota. It holds per account and Region, as
   * `accountConcurrencyLimit` does.
   *
   * @default - the context value `cdk-lambda-kit:accountMaxMemoryMb`, else 10,240
   * @see https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
   */
  readonly accountMaxMemoryMb?: number;

  /**
   * The day runtime deprecation dates are compared against, as an ISO date (`2026-11-22`). It holds for the whole
   * app or Stage: several LambdaLimits that give different days fail synth.
   *
   * @default - the context value `cdk-lambda-kit:evaluationDate`, else today
   */
  readonly evaluationDate?: string;
}

/**
 * Validates every Lambda-related resource under a scope against Lambda's documented limits.
 *
 * Add it to an app or a stack: `Aspects.of(app).add(new LambdaLimits())`. aws-cdk-lib synthesizes a nested `Stage`
 * (a CDK Pipelines stage) on its own and does not apply the app's aspects inside it: add it to each Stage too.
 *
 * It reads the L1 resources, so functions built with aws-cdk-lib's L2s, raw L1s and escape-hatch overrides are
 * all covered. Every violation of every resource is reported in one synth: errors fail
 * `cdk synth`; warnings are annotations that `Annotations.of(x).acknowledgeWarning(ruleId)` silences.
 * Unresolved tokens are never flagged.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
export class LambdaLimits implements IAspect {
  /** Context key for the account's concurrent-executions quota (a number). */
  public static readonly CONTEXT_ACCOUNT_CONCURRENCY = CONTEXT_ACCOUNT_CONCURRENCY;
  /** Context key for the account's memory cap in MB (a number). */
  public static readonly CONTEXT_ACCOUNT_MAX_MEMORY = CONTEXT_ACCOUNT_MAX_MEMORY;
  /** Context key for the evaluation date of runtime deprecations (an ISO date). */
  public static readonly CONTEXT_EVALUATION_DATE = CONTEXT_EVALUATION_DATE;

  private readonly skipRules: string[];

  constructor(private readonly props: LambdaLimitsProps = {}) {
    this.skipRules = [...(props.skipRules ?? [])];
    // Every problem at once. (A ServerlessFunction reports those of its `limits` at synth, with its path.)
    const { problems } = checkOptions(props);
    if (problems.length > 0) throw new Error(`LambdaLimits: ${problems.map(describeOptionProblem).join(' ')}`);
  }

  public visit(node: IConstruct): void {
    if (!CfnResource.isCfnResource(node)) {
      // A stopped synthesis can leave templates lent out (model.ts); a stack's next synthesis takes them back.
      if (Stack.isStack(node)) withdrawOutstandingLoans(node);
      return;
    }
    if (!RULE_TYPES.has(node.cfnResourceType)) return;
    const evaluation = evaluationOf(synthesisRoot(node.stack));
    evaluation.configure(this.props, node);
    evaluation.cover(node, this.skipRules);
    if (!VALIDATED.has(node)) {
      VALIDATED.add(node);
      node.node.addValidation(new ResourceValidation(node));
    }
  }
}

/** The resources given LambdaLimits' validation: it is added once and reads the evaluation of each synthesis. */
const VALIDATED = new WeakSet<CfnResource>();

/**
 * A covered resource's validation. A class rather than an arrow function: the package's bundle keeps function names
 * (esbuild's keepNames) with a call made wherever a function is created, here once per covered resource.
 */
class ResourceValidation implements IValidation {
  constructor(private readonly resource: CfnResource) {}

  public validate(): string[] {
    return currentErrorsFor(this.resource);
  }
}
