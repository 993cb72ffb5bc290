import { Annotations, CfnResource } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import type { LambdaLimitsProps } from './lambda-limits';
import { DEFAULT_ACCOUNT_CONCURRENCY, DEFAULT_ACCOUNT_MAX_MEMORY_MB, MIN_UNRESERVED_CONCURRENCY } from './limits';
import { LambdaModel, synthesisRoot, withdrawOutstandingLoans } from './model';
import { describeProperty } from './property-names';
import { Finding, Rule, RuleOptions, Severity } from './rule';
import { RULES } from './rules';
import { showValue } from './values';

/** CDK context keys that supply account quotas when no prop does. */
export const CONTEXT_ACCOUNT_CONCURRENCY = 'cdk-lambda-kit:accountConcurrencyLimit';
export const CONTEXT_ACCOUNT_MAX_MEMORY = 'cdk-lambda-kit:accountMaxMemoryMb';
export const CONTEXT_EVALUATION_DATE = 'cdk-lambda-kit:evaluationDate';

/** One synthesis' run of the rules over an app: built lazily at validation time, after every aspect and override. */
export class Evaluation {
  private findingsByResource?: Map<CfnResource, Finding[]>;
  private readonly skipped = new Map<CfnResource, ReadonlySet<string>>();
  private readonly warned = new Set<CfnResource>();
  private readonly configuredBy = new Set<LambdaLimitsProps>();
  private readonly given = new Map<SharedOption, number | string>();

  constructor(private readonly root: IConstruct, public options: Partial<RuleOptions>) {}

  /** True once the rules have run: the aspects of a later synthesis start a new evaluation. */
  public get evaluated(): boolean {
    return this.findingsByResource !== undefined;
  }

  /**
   * Takes the options of an aspect that visits this synthesis (`resource` is the one it visits). The account quotas
   * and the evaluation date hold for every function of the Stage, whichever aspect checks it: the first aspect to give
   * an option sets it, and another giving a different value is an error. Each aspect's props are read once, though
   * it visits every resource.
   */
  public configure(props: LambdaLimitsProps, resource: CfnResource): void {
    if (this.configuredBy.has(props)) return;
    this.configuredBy.add(props);
    for (const option of SHARED_OPTIONS) {
      const value = props[option.prop];
      if (value === undefined) continue;
      const earlier = this.given.get(option.prop);
      if (earlier === undefined) {
        this.given.set(option.prop, value);
      } else if (earlier !== value) {
        throw new Error(`LambdaLimits at ${resource.node.path}: ${option.prop} is ${JSON.stringify(value)} here but `
          + `${JSON.stringify(earlier)} in another LambdaLimits (or ServerlessFunction limits) of the same app or Stage. `
          + `It holds for every function the Stage deploys: give it once, on the app or Stage, or as the context value ${option.context}.`);
      }
    }
    const date = this.given.get('evaluationDate');
    this.options = {
      accountConcurrency: this.given.get('accountConcurrencyLimit') as number | undefined,
      accountMaxMemoryMb: this.given.get('accountMaxMemoryMb') as number | undefined,
      today: date !== undefined ? new Date(date) : undefined,
    };
  }

  /** Counts `resource` in this synthesis, skipping `skipRules` for it (each aspect that visits it adds its own). */
  public cover(resource: CfnResource, skipRules: readonly string[]): void {
    const set = this.skipped.get(resource);
    if (skipRules.length === 0) {
      // Most aspects skip nothing: the resources they cover share one empty set.
      if (!set) this.skipped.set(resource, NOTHING_SKIPPED);
      return;
    }
    const merged = new Set<string>(set);
    skipRules.forEach(id => merged.add(id));
    this.skipped.set(resource, merged);
  }

  /** Error messages for `resource`; its warnings are emitted as annotations once. */
  public errorsFor(resource: CfnResource): string[] {
    // A resource no LambdaLimits aspect visited in this synthesis (its validation stays from an earlier one).
    if (!this.skipped.has(resource)) return [];
    const findings = this.reported(resource, this.evaluate().get(resource) ?? []);
    const errors: string[] = [];
    for (const finding of findings) {
      const message = formatFinding(finding);
      if (severityOf(finding) === Severity.ERROR) {
        errors.push(message);
      } else if (!this.warned.has(resource)) {
        Annotations.of(resource).addWarningV2(ruleOf(finding).id, message);
      }
    }
    this.warned.add(resource);
    return errors;
  }

  /** The findings on `resource` of the rules not skipped for it. */
  private reported(resource: CfnResource, findings: Finding[]): Finding[] {
    return findings.filter(f => !this.skipped.get(resource)?.has(ruleOf(f).id));
  }

  private evaluate(): Map<CfnResource, Finding[]> {
    if (!this.findingsByResource) {
      // Templates still lent out belong to an earlier synthesis that stopped before writing them: render afresh.
      withdrawOutstandingLoans(this.root);
      const model = LambdaModel.of(this.root);
      const options = resolveOptions(this.root, this.options);
      const byResource = new Map<CfnResource, Finding[]>();
      for (const rule of RULES) {
        let findings: Finding[];
        try {
          findings = rule.check({ model, options });
        } catch (e) {
          // A rule must never crash synth; a crash is our bug, reported as such rather than hidden (and the
          // synthesis it stops will write none of the renderings lent to it).
          withdrawOutstandingLoans(this.root);
          throw new Error(`LambdaLimits rule ${rule.id} failed unexpectedly: ${(e as Error).stack}`);
        }
        for (const finding of findings) {
          RULE_OF.set(finding, rule);
          const list = byResource.get(finding.resource.construct) ?? [];
          list.push(finding);
          byResource.set(finding.resource.construct, list);
        }
      }
      this.findingsByResource = byResource;
      // The rules' renderings are lent to synthesis (ModelResource); an error stops synthesis, so take them back.
      const failing = [...byResource].some(([resource, findings]) => this.reported(resource, findings).some(f => severityOf(f) === Severity.ERROR));
      if (failing) withdrawOutstandingLoans(this.root);
      // The model's resolved properties are a second copy of the app's templates: free them before synthesis writes them.
      model.resources.forEach(resource => resource.release());
    }
    return this.findingsByResource;
  }
}

type SharedOption = 'accountConcurrencyLimit' | 'accountMaxMemoryMb' | 'evaluationDate';

/** The options every aspect of a Stage shares, with the context key that can give them instead. */
const SHARED_OPTIONS: Array<{ prop: SharedOption; context: string }> = [
  { prop: 'accountConcurrencyLimit', context: CONTEXT_ACCOUNT_CONCURRENCY },
  { prop: 'accountMaxMemoryMb', context: CONTEXT_ACCOUNT_MAX_MEMORY },
  { prop: 'evaluationDate', context: CONTEXT_EVALUATION_DATE },
];

/** The skip list of a resource whose aspects skip no rule (never added to). */
const NOTHING_SKIPPED: ReadonlySet<string> = new Set<string>();

const RULE_OF = new WeakMap<Finding, Rule>();

function ruleOf(finding: Finding): Rule {
  return RULE_OF.get(finding)!;
}

function severityOf(finding: Finding): Severity {
  return finding.severity ?? ruleOf(finding).severity;
}

/** `[RuleId] path: `prop` must be ..., got: value. Fix: ... See link` */
export function formatFinding(finding: Finding): string {
  const rule = ruleOf(finding);
  return `[${rule.id}] ${finding.resource.path}: ${describeProperty(finding.resource.construct, finding.property)} must be ${finding.limit}, got: ${showValue(finding.value)}. ${finding.fix} See ${rule.source}`;
}

function resolveOptions(root: IConstruct, given: Partial<RuleOptions>): RuleOptions {
  const context = (key: string) => root.node.tryGetContext(key);
  const date = given.today ?? (context(CONTEXT_EVALUATION_DATE) ? new Date(context(CONTEXT_EVALUATION_DATE)) : new Date());
  return {
    accountConcurrency: given.accountConcurrency ?? Number(context(CONTEXT_ACCOUNT_CONCURRENCY) ?? DEFAULT_ACCOUNT_CONCURRENCY),
    minUnreservedConcurrency: MIN_UNRESERVED_CONCURRENCY,
    accountMaxMemoryMb: given.accountMaxMemoryMb ?? Number(context(CONTEXT_ACCOUNT_MAX_MEMORY) ?? DEFAULT_ACCOUNT_MAX_MEMORY_MB),
    today: date,
  };
}


/**
 * The evaluation of the current synthesis of `root` (a Stage: see `synthesisRoot`), shared by every LambdaLimits aspect
 * in it. Aspects run before validation, so one that finds the evaluation done belongs to a new synthesis
 * (`app.synth({ force: true })` after a change, or assertions synthesizing again): it starts a new evaluation, and
 * takes back the renderings a synthesis stopped by another validation left lent out, before aws-cdk-lib prepares the
 * tree (its preparation renders every element to find references, and the tree may have changed).
 */
export function evaluationOf(root: IConstruct): Evaluation {
  let evaluation = EVALUATIONS.get(root);
  if (!evaluation || evaluation.evaluated) {
    withdrawOutstandingLoans(root);
    evaluation = new Evaluation(root, {});
    EVALUATIONS.set(root, evaluation);
  }
  return evaluation;
}

/** Error messages for `resource` in its app's current evaluation (a validation added once serves every synthesis). */
export function currentErrorsFor(resource: CfnResource): string[] {
  return EVALUATIONS.get(synthesisRoot(resource))?.errorsFor(resource) ?? [];
}

const EVALUATIONS = new WeakMap<IConstruct, Evaluation>();

/** The resource types any rule reports on. */
export const RULE_TYPES = new Set<string>(RULES.flatMap(rule => rule.resourceTypes));
