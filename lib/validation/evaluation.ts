import { Annotations, CfnResource, Token, Tokenization } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import type { LambdaLimitsProps } from './lambda-limits';
import { DEFAULT_ACCOUNT_CONCURRENCY, DEFAULT_ACCOUNT_MAX_MEMORY_MB, MIN_UNRESERVED_CONCURRENCY } from './limits';
import { LambdaModel, synthesisRoot, withdrawOutstandingLoans } from './model';
import { describeProperty } from './property-names';
import { accountKey, AccountQuotas, Finding, Rule, RuleOptions, Severity } from './rule';
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
  /** The account keys each aspect's props have been read for. */
  private readonly configured = new Map<LambdaLimitsProps, Set<string>>();
  /** The quotas aspects give, by account key, with the path of the resource that aspect was visiting. */
  private readonly quotas = new Map<string, Map<QuotaOption, { value: number; path: string }>>();
  private date?: { value: string; path: string };

  constructor(private readonly root: IConstruct) {}

  /** True once the rules have run: the aspects of a later synthesis start a new evaluation. */
  public get evaluated(): boolean {
    return this.findingsByResource !== undefined;
  }

  /**
   * Takes the options of an aspect as it visits `resource`. An account quota holds for the account and Region of the
   * resource's stack (`accountKey`), whichever aspect checks the stack's functions; the evaluation date for the whole
   * Stage. Two aspects giving one of them different values is an error. Each aspect's props are read once per account.
   */
  public configure(props: LambdaLimitsProps, resource: CfnResource): void {
    const key = accountKey(resource.stack);
    const done = this.configured.get(props) ?? new Set<string>();
    if (done.has(key)) return;
    const path = resource.node.path;
    const quotas = this.quotas.get(key) ?? new Map<QuotaOption, { value: number; path: string }>();
    for (const option of QUOTA_OPTIONS) {
      if (props[option.prop] === undefined) continue;
      const value = Number(props[option.prop]);
      const earlier = quotas.get(option.prop);
      if (earlier && earlier.value !== value) {
        throw new Error(`LambdaLimits: ${option.prop} is ${value} for ${path} but ${earlier.value} for ${earlier.path}, in the same `
          + `account and Region (${key}). Give each account's quota once: to the LambdaLimits (or ServerlessFunction limits) of `
          + `that account's stacks, or for every account as the context value ${option.context}.`);
      }
      quotas.set(option.prop, { value, path });
    }
    if (props.evaluationDate !== undefined) {
      const day = new Date(props.evaluationDate).toISOString().slice(0, 10);
      if (this.date && this.date.value !== day) {
        throw new Error(`LambdaLimits: evaluationDate is ${day} for ${path} but ${this.date.value} for ${this.date.path}, in the same `
          + `app or Stage. Give it once, to the app's LambdaLimits, or as the context value ${CONTEXT_EVALUATION_DATE}.`);
      }
      this.date = { value: day, path };
    }
    this.quotas.set(key, quotas);
    done.add(key);
    this.configured.set(props, done);
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
    const found = this.evaluate().get(resource);
    // Most resources have no findings: nothing to filter, format or warn about.
    if (!found) return [];
    const findings = this.reported(resource, found);
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

  /** The options the aspects gave, else the context values, else Lambda's defaults. */
  private resolveOptions(): RuleOptions {
    const context = (key: string) => this.root.node.tryGetContext(key);
    checkQuota(`the context value ${CONTEXT_ACCOUNT_CONCURRENCY}`, context(CONTEXT_ACCOUNT_CONCURRENCY));
    checkQuota(`the context value ${CONTEXT_ACCOUNT_MAX_MEMORY}`, context(CONTEXT_ACCOUNT_MAX_MEMORY));
    checkDate(`the context value ${CONTEXT_EVALUATION_DATE}`, context(CONTEXT_EVALUATION_DATE));
    const defaults: AccountQuotas = {
      accountConcurrency: Number(context(CONTEXT_ACCOUNT_CONCURRENCY) ?? DEFAULT_ACCOUNT_CONCURRENCY),
      accountMaxMemoryMb: Number(context(CONTEXT_ACCOUNT_MAX_MEMORY) ?? DEFAULT_ACCOUNT_MAX_MEMORY_MB),
    };
    const byAccount = new Map<string, AccountQuotas>();
    const date = this.date?.value ?? context(CONTEXT_EVALUATION_DATE);
    return {
      quotasOf: stack => {
        const key = accountKey(stack);
        let quotas = byAccount.get(key);
        if (!quotas) {
          const given = this.quotas.get(key);
          quotas = {
            accountConcurrency: given?.get('accountConcurrencyLimit')?.value ?? defaults.accountConcurrency,
            accountMaxMemoryMb: given?.get('accountMaxMemoryMb')?.value ?? defaults.accountMaxMemoryMb,
          };
          byAccount.set(key, quotas);
        }
        return quotas;
      },
      minUnreservedConcurrency: MIN_UNRESERVED_CONCURRENCY,
      today: date ? new Date(date) : new Date(),
    };
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
      const options = this.resolveOptions();
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

type QuotaOption = 'accountConcurrencyLimit' | 'accountMaxMemoryMb';

/** The account quotas an aspect can give, with the context key that gives them for every account instead. */
const QUOTA_OPTIONS: Array<{ prop: QuotaOption; context: string }> = [
  { prop: 'accountConcurrencyLimit', context: CONTEXT_ACCOUNT_CONCURRENCY },
  { prop: 'accountMaxMemoryMb', context: CONTEXT_ACCOUNT_MAX_MEMORY },
];

/** An account quota is a whole number above 0 (a string as `cdk synth -c` passes it): the rules would compare against NaN. */
const QUOTA = { accepts: (value: unknown) => Number.isInteger(Number(value)) && Number(value) > 0, limit: "a whole number above 0 (the account's quota)" };
const DATE = { accepts: (value: unknown) => !Number.isNaN(Date.parse(String(value))), limit: "an ISO date such as '2026-11-22'" };

/** Refuses a context value that is not an account quota. */
function checkQuota(source: string, value: unknown): void {
  if (value !== undefined && !QUOTA.accepts(value)) throw new Error(`LambdaLimits: ${source} must be ${QUOTA.limit}, got: ${JSON.stringify(value)}.`);
}

/** Refuses a context value that is not a date. */
function checkDate(source: string, value: unknown): void {
  if (value !== undefined && !DATE.accepts(value)) throw new Error(`LambdaLimits: ${source} must be ${DATE.limit}, got: ${JSON.stringify(value)}.`);
}

/** One option of a LambdaLimits that cannot be used: the prop, the value given, what it must be and how to fix it. */
export interface OptionProblem {
  readonly prop: keyof LambdaLimitsProps;
  readonly value: unknown;
  readonly limit: string;
  readonly fix: string;
}

/**
 * Every problem of a LambdaLimits' options, and the options without them (the known ids of `skipRules` kept), which a
 * ServerlessFunction applies while it reports the problems at synth.
 */
export function checkOptions(props: LambdaLimitsProps): { problems: OptionProblem[]; usable: LambdaLimitsProps } {
  const problems: OptionProblem[] = [];
  const unknownRules = (props.skipRules ?? []).filter(id => !RULE_IDS.has(id));
  if (unknownRules.length > 0) {
    problems.push({ prop: 'skipRules', value: unknownRules, limit: 'rule ids listed in RULES.md', fix: 'Correct or remove the unknown ids.' });
  }
  const refuse = (prop: QuotaOption | 'evaluationDate', check: typeof QUOTA, fix: string) => {
    const value = props[prop];
    if (value === undefined || check.accepts(value)) return;
    // A token (a CfnParameter's value, say) is known only at deployment: it is shown as a token, not as its encoding.
    const token = Token.isUnresolved(value);
    problems.push({
      prop,
      value: token && typeof value === 'number' ? Tokenization.stringifyNumber(value) : value,
      limit: token ? `${check.limit}, known at synth (a token is resolved only at deployment)` : check.limit,
      fix,
    });
  };
  for (const { prop } of QUOTA_OPTIONS) refuse(prop, QUOTA, "Give the account's quota as Service Quotas shows it, or leave it out for the default.");
  refuse('evaluationDate', DATE, 'Give a day, or leave it out for today.');
  const usable: LambdaLimitsProps = { ...props, skipRules: props.skipRules?.filter(id => RULE_IDS.has(id)) };
  for (const problem of problems) {
    if (problem.prop !== 'skipRules') delete (usable as Record<string, unknown>)[problem.prop];
  }
  return { problems, usable };
}

/** `prop must be limit, got: value. fix` */
export function describeOptionProblem(problem: OptionProblem): string {
  return `${problem.prop} must be ${problem.limit}, got: ${showValue(problem.value)}. ${problem.fix}`;
}

const RULE_IDS = new Set(RULES.map(rule => rule.id));

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
    evaluation = new Evaluation(root);
    EVALUATIONS.set(root, evaluation);
  }
  return evaluation;
}

/** Error messages for `resource` in its app's current evaluation (a validation added once serves every synthesis). */
export function currentErrorsFor(resource: CfnResource): string[] {
  return EVALUATIONS.get(synthesisRoot(resource.stack))?.errorsFor(resource) ?? [];
}

const EVALUATIONS = new WeakMap<IConstruct, Evaluation>();

/** The resource types any rule reports on. */
export const RULE_TYPES = new Set<string>(RULES.flatMap(rule => rule.resourceTypes));
