/**
 * The compliance gate: runs every checker a security team runs over a CDK app and returns the
 * findings nobody has acknowledged, as data, so a test can `expect(complianceFindings(...)).toEqual([])`
 * and read a diff instead of a wall of synth output.
 *
 * How each checker is wired (aws-cdk-lib 2.276, cdk-nag 3.0.2, @cdklabs/cdk-validator-cfnguard 0.0.62)
 * -----------------------------------------------------------------------------------------------------
 * All three run inside CDK's own policy-validation step of `app.synth()`, exactly as in `cdk synth`:
 *
 * (a) cdk-nag v3 packs are `IPolicyValidationPlugin`s:
 *       Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app), ...)
 *     CDK calls `pack.validate(context)`; the pack walks `context.appConstruct` (the whole App, not
 *     only the templates) and returns violations with `constructPath`. Rule ids are `<Pack>-<Rule>`,
 *     per-finding ids `<Pack>-<Rule>[<finding>]` (e.g. `AwsSolutions-IAM5[Resource::*]`).
 * (b) Control Tower proactive controls: `new CfnGuardValidator()` (a Beta1 plugin, accepted by
 *     `addPlugins`). It runs the bundled cfn-guard 3.1.1 binary
 *     (node_modules/@cdklabs/cdk-validator-cfnguard/bin/ubuntu/x86_64/cfn-guard) over the synthesized
 *     templates; fully offline. Rule ids are guard rule names (`sqs_queue_encrypted_check`); the
 *     Control Tower control id (`CT.SQS.PR.2`) is only in the message: `[CT.SQS.PR.2]: Require ...`.
 * (c) AWS's CloudFormation validator (`@aws/cloudformation-validate`, WASM, bundled in aws-cdk-lib):
 *     `CloudFormationValidatePlugin`, named 'CloudFormation Validate'. CDK auto-registers a singleton
 *     on every App unless `new App({ builtinCloudFormationValidation: false })` or `CDK_VALIDATION=false`.
 *     We register one instance explicitly instead (a subclass, so CDK sees it as "user registered" and
 *     does not add the default a second time): the gate then runs it whatever the environment says,
 *     and can prove it ran. Its rule ids are schema/lint ids such as `F3002` (unknown property) and
 *     `F3034` (number out of range). Context `@aws-cdk/core:validateAgainstDefaultRules: true` keeps its
 *     ERRORs as errors; without it CDK rewrites them to warnings and marks the report successful
 *     (`downgradeCfnValidateErrorsToWarnings`). `@aws-cdk/core:strictCfnValidateErrors: true` only
 *     changes whether synth *fails* on warnings too; the findings are the same, so the gate reports
 *     warnings and errors alike.
 *
 * Reporting: after synthesis CDK writes `validation-report.json` (schema `{ pluginReports: [{ pluginName,
 * conclusion, metadata, violations[], suppressedViolations[] }] }`) into the cloud assembly; the legacy
 * `policy-validation-report.json` only with context `@aws-cdk/core:validationReportJson: true`. Only
 * plugins with violations, suppressions or a crash appear in it. Nothing goes to annotations. With
 * context `@aws-cdk/core:failSynthOnValidationErrors: false` synth neither throws nor prints (the gate's own
 * App); otherwise (a Stack passed in) `app.synth()` throws an error named 'ValidationFailed' *after* writing
 * the report, with the report as its message under jest (`NODE_ENV=test`, "in-memory" app mode) or printed to
 * stderr outside it, so the gate catches that error and reads the file.
 * A plugin that throws becomes a report with no violations and `metadata.error`; the gate re-throws it,
 * because a checker that did not run must never look like a clean pass.
 *
 * Acknowledgements: the gate takes none. Code acknowledges on the construct (or an ancestor):
 *     Validations.of(construct).acknowledge({ id, reason })
 * which records construct metadata `aws:cdk:acknowledged-rules` = `{ <qualified id>: reason }`.
 * An id without `::` is qualified as `Annotation::<id>`.
 *   - cdk-nag reads that metadata itself (stripping `Annotation::`) and never reports an acknowledged
 *     finding, so the plain cdk-nag id works: `AwsSolutions-SQS3`, `AwsSolutions-IAM5[Resource::*]`.
 *     (CDK's own suggestion `Serverless::Serverless-SQSRedrivePolicy` also works; then CDK suppresses it.)
 *     Each finding id must be acknowledged separately: `AwsSolutions-IAM5` does not cover `[...]` ids.
 *   - CDK suppresses other plugins' violations when the id carries the plugin's namespace (plugin name
 *     with spaces as dashes): `cdk-validator-cfnguard::sqs_dlq_check`, `CloudFormation-Validate::F3034`.
 *     A bare `sqs_dlq_check` is qualified as `Annotation::sqs_dlq_check` and silently matches nothing.
 *   Every finding's `ruleId` below is therefore exactly the id to pass to `acknowledge`.
 *   Because cdk-nag drops acknowledged findings before CDK sees them, the report lists only the
 *   *other* checkers' acknowledged findings (`suppressedViolations`). To list cdk-nag's too (for
 *   COMPLIANCE.md) the gate re-runs each pack with `validateScope(app)` and its private
 *   `isAcknowledged` replaced by `() => false`, and diffs the two runs. This relies on a cdk-nag
 *   internal; the gate checks the method exists and fails loudly if a cdk-nag upgrade removes it.
 *   Which acknowledgements are allowed at all, and with which reason, is the allow-list's business
 *   (test/support/acknowledgements.ts, checked by `allowListViolations` and `staleAllowListEntries`).
 *
 * Coverage (`ComplianceReport.coverage`, so that "pass" in COMPLIANCE.md means a rule looked at something):
 *   - cdk-nag: the blind re-run also wraps the pack's protected `applyRule`, recording every rule the
 *     pack evaluates and those that returned anything but NOT_APPLICABLE for some resource.
 *   - Control Tower: cfn-guard's structured output lists, per template, the rules that passed, failed
 *     and did not apply; CfnGuardValidator keeps only the failures, so a subclass reads the output
 *     its `exec` (lib/utils of the package) returns.
 *   - CloudFormation validator: it reports findings only; the gate lists the engine's rules at the
 *     warning and error levels CDK asks for (`engine.listRules()`, a private field of the plugin).
 *   Each of these hooks checks that the internal it uses exists and fails loudly otherwise.
 *
 * Quirks found (see compliance.test.ts for the evidence):
 *   - Serverless-SQSRedrivePolicy fires on dead-letter queues too (a DLQ cannot have a DLQ of its own
 *     without an endless chain), while AwsSolutions-SQS3 accepts a queue that *is* a DLQ. Acknowledge it
 *     on DLQs. Control Tower CT.SQS.PR.1 (`sqs_dlq_check`) exempts a DLQ only if it declares
 *     `RedriveAllowPolicy` with `redrivePermission` `allowAll` or `byQueue` (`redriveAllowPolicy` prop).
 *   - CDK does not re-run validation for an App that was already synthesized (e.g. by
 *     `Template.fromStack`); the gate re-synthesizes with `synth({ force: true })` in the stack form.
 *   - A plain `lambda.Function` with defaults has 16 findings across the packs and Control Tower
 *     (AwsSolutions-IAM4/L1, Serverless-LambdaDLQ/DefaultMemorySize/DefaultTimeout/LatestVersion/Tracing,
 *     *-LambdaInsideVPC, *-LambdaConcurrency, *-LambdaDLQ, CT.LAMBDA.PR lambda_inside_vpc_check); the
 *     CloudFormation validator reports nothing for it.
 *   - cdk-nag rules test `node instanceof CfnFunction`, so Lambda functions that aws-cdk-lib defines as a raw
 *     `CfnResource` (the log-retention provider `LogRetention<hash>`, other singleton providers) are invisible
 *     to cdk-nag's Lambda rules; Control Tower (template based) still flags them, and cdk-nag still flags their
 *     roles (AwsSolutions-IAM4, AwsSolutions-IAM5[Resource::*], *-IAMNoInlinePolicy). Such singletons sit at the
 *     stack root, not under the construct that caused them: acknowledge on the stack or on the singleton.
 *   - `BucketDeployment` brings a Python provider function (Custom::CDKBucketDeployment<hash>) with
 *     AwsSolutions-IAM4, AwsSolutions-L1, seven AwsSolutions-IAM5 findings whose ids embed the destination
 *     bucket's logical id (`IAM5[Resource::<B08E7C7AF.Arn>/*]`, so renaming the bucket breaks the
 *     acknowledgement), *-IAMNoInlinePolicy, Lambda DLQ/VPC/concurrency/tracing rules and CT lambda_inside_vpc_check.
 *   - Every synth now runs the CloudFormation validator (WASM). A fresh `CloudFormationValidatePlugin` costs
 *     1–3 s to start, so `Template.fromStack` on an App without this gate pays it once per jest worker.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import {
  App,
  CloudFormationValidatePlugin,
  IPolicyValidationContext,
  IPolicyValidationContextBeta1,
  IPolicyValidationPlugin,
  PolicyValidationPluginReport,
  PolicyValidationPluginReportBeta1,
  Stack,
  Validations,
} from 'aws-cdk-lib';
import {
  AwsSolutionsChecks,
  HIPAASecurityChecks,
  IApplyRule,
  NagPack,
  NagPackProps,
  NIST80053R4Checks,
  NIST80053R5Checks,
  NagRuleCompliance,
  PCIDSS321Checks,
  ServerlessChecks,
} from 'cdk-nag';
import { IConstruct } from 'constructs';
import { AllowedAcknowledgement, allows, AWS_CDK_LIB, carriersOf, isShared } from './acknowledgements';

/** The cdk-nag packs, by the name each one reports under (also the prefix of its rule ids). */
export type NagPackName = 'AwsSolutions' | 'Serverless' | 'HIPAA.Security' | 'NIST.800.53.R4' | 'NIST.800.53.R5' | 'PCI.DSS.321';

export const ALL_NAG_PACKS: readonly NagPackName[] = [
  'AwsSolutions',
  'Serverless',
  'HIPAA.Security',
  'NIST.800.53.R4',
  'NIST.800.53.R5',
  'PCI.DSS.321',
];

/** `checker` of Control Tower findings: the plugin name of CfnGuardValidator. */
export const CONTROL_TOWER_CHECKER = 'cdk-validator-cfnguard';
/** `checker` of CloudFormation validator findings. */
export const CLOUDFORMATION_VALIDATE_CHECKER = CloudFormationValidatePlugin.PLUGIN_NAME;

const NAG_PACK_CLASSES: Record<NagPackName, new (scope?: IConstruct, props?: NagPackProps) => NagPack> = {
  'AwsSolutions': AwsSolutionsChecks,
  'Serverless': ServerlessChecks,
  'HIPAA.Security': HIPAASecurityChecks,
  'NIST.800.53.R4': NIST80053R4Checks,
  'NIST.800.53.R5': NIST80053R5Checks,
  'PCI.DSS.321': PCIDSS321Checks,
};

/** Context every App built by the gate gets on top of cdk.json's, so the validator is as strict as in `cdk synth`. */
const GATE_CONTEXT: Record<string, unknown> = {
  '@aws-cdk/core:validateAgainstDefaultRules': true,
  // Report instead of throwing: the gate returns findings as data.
  '@aws-cdk/core:failSynthOnValidationErrors': false,
};

const VALIDATION_REPORT_FILE = 'validation-report.json';
const ACKNOWLEDGED_PREFIX = /^annotation::/i;

/** One violation of one rule by one resource, that no `Validations.of(...).acknowledge` covers. */
export interface ComplianceFinding {
  /** The checker's plugin name: a cdk-nag pack name, 'cdk-validator-cfnguard' or 'CloudFormation Validate'. */
  readonly checker: string;
  /** Exactly the id that `Validations.of(construct).acknowledge({ id, reason })` needs to acknowledge this finding. */
  readonly ruleId: string;
  /** Construct path of the violating resource (the stack path for template-level findings). */
  readonly resourcePath: string;
  readonly message: string;
}

/** A finding that an acknowledgement covers, with where and why it was acknowledged (for COMPLIANCE.md). */
export interface AcknowledgedFinding extends ComplianceFinding {
  readonly reason: string;
  /** Path of the construct that `Validations.of(...)` was called on. */
  readonly acknowledgedAt: string;
}

/** An acknowledgement declared in the construct tree. */
export interface DeclaredAcknowledgement {
  /** The id as recorded by CDK, without the `Annotation::` prefix CDK adds to unqualified ids. */
  readonly id: string;
  readonly reason: string;
  readonly acknowledgedAt: string;
}

/** Which rules of one checker ran over the app, and which of them applied to something in it. */
export interface CheckerCoverage {
  readonly checker: string;
  /** Every rule the checker evaluated, each as a finding's `ruleId` without its `[finding]` suffix; sorted. */
  readonly rulesEvaluated: string[];
  /**
   * The rules that found a resource they apply to (and passed it or reported it); sorted. Undefined when the checker
   * does not say: the CloudFormation validator reports findings only.
   */
  readonly rulesApplicable?: string[];
}

export interface ComplianceReport {
  /** Unacknowledged findings, sorted by checker, rule id and resource path. */
  readonly findings: ComplianceFinding[];
  /** Acknowledged findings with their reasons, sorted like `findings`. */
  readonly acknowledged: AcknowledgedFinding[];
  /** Acknowledgements in the construct tree, for the selected checkers, that matched no finding (stale in code). */
  readonly unusedAcknowledgements: DeclaredAcknowledgement[];
  /** Per checker that ran, in the order of `nagPacks`, then Control Tower, then the CloudFormation validator. */
  readonly coverage: CheckerCoverage[];
  /** Wall-clock time of synthesis plus all checks. */
  readonly durationMs: number;
}

export interface ComplianceOptions {
  /**
   * The cdk-nag packs to run.
   * @default ALL_NAG_PACKS
   */
  readonly nagPacks?: readonly NagPackName[];
  /**
   * Run the Control Tower proactive controls (cfn-guard).
   * @default true
   */
  readonly controlTower?: boolean;
  /**
   * Report the CloudFormation validator's findings. It always runs, because CDK runs it on every synth.
   * @default true
   */
  readonly cloudFormationValidate?: boolean;
  /**
   * Extra context for the App the gate creates (builder form only), on top of cdk.json's and the gate's own.
   * @default - none
   */
  readonly context?: Record<string, unknown>;
}

/** Builds the stacks under test into the App it is given. */
export type AppBuilder = (app: App) => unknown;

/**
 * The findings nobody acknowledged.
 *
 * @param target a function that builds stacks into a fresh App (preferred: the gate configures the App
 * exactly like `cdk synth` does), or a Stack whose App has not been through the gate yet.
 */
export function complianceFindings(target: Stack | AppBuilder, options: ComplianceOptions = {}): ComplianceFinding[] {
  return complianceReport(target, options).findings;
}

/** The full result of the gate: findings, acknowledged findings with reasons, stale acknowledgements and time taken. */
export function complianceReport(target: Stack | AppBuilder, options: ComplianceOptions = {}): ComplianceReport {
  const startedAt = Date.now();
  const nagPacks = options.nagPacks ?? ALL_NAG_PACKS;
  const controlTower = options.controlTower ?? true;
  const cloudFormationValidate = options.cloudFormationValidate ?? true;

  const ownsApp = !Stack.isStack(target);
  const app = ownsApp ? newGateApp(options.context) : appOf(target as Stack);
  try {
    if (ownsApp) {
      (target as AppBuilder)(app);
    }
    const checkersThatRan = new Set<string>();
    const plugins: IPolicyValidationPlugin[] = nagPacks.map(name => new NAG_PACK_CLASSES[name](app));
    const guard = controlTower ? new CoverageRecordingGuardValidator() : undefined;
    if (guard) {
      plugins.push(guard);
    }
    Validations.of(app).addPlugins(...plugins.map(plugin => recordingRuns(plugin, checkersThatRan)), cloudFormationValidatorFor(checkersThatRan));

    const report = synthesizeAndReadReport(app);
    const expectedCheckers = [...nagPacks, ...(controlTower ? [CONTROL_TOWER_CHECKER] : []), CLOUDFORMATION_VALIDATE_CHECKER];
    const missing = expectedCheckers.filter(checker => !checkersThatRan.has(checker));
    if (missing.length > 0) {
      throw new Error(`Compliance gate: these checkers did not run: ${missing.join(', ')}`);
    }

    const reportedCheckers = new Set<string>([...nagPacks, ...(controlTower ? [CONTROL_TOWER_CHECKER] : [])]);
    if (cloudFormationValidate) {
      reportedCheckers.add(CLOUDFORMATION_VALIDATE_CHECKER);
    }
    const pluginReports = report.pluginReports.filter(pluginReport => reportedCheckers.has(pluginReport.pluginName));
    for (const pluginReport of pluginReports) {
      if (pluginReport.conclusion === 'failure' && pluginReport.violations.length === 0 && pluginReport.metadata?.error) {
        throw new Error(`Compliance gate: checker '${pluginReport.pluginName}' crashed: ${pluginReport.metadata.error}`);
      }
    }

    const findings = uniqueSorted(pluginReports.flatMap(pluginReport => pluginReport.violations.flatMap(violation =>
      findingsOf(pluginReport.pluginName, violation))));
    const blindNagRuns = nagPacks.map(name => blindNagRun(app, name, pluginReports));
    const acknowledged = uniqueSorted([
      ...pluginReports.flatMap(pluginReport => (pluginReport.suppressedViolations ?? []).flatMap(violation =>
        findingsOf(pluginReport.pluginName, violation).map(finding => ({
          ...finding,
          reason: violation.reason,
          acknowledgedAt: violation.acknowledgedAt,
        })))),
      ...blindNagRuns.flatMap(run => run.acknowledged),
    ]);
    return {
      findings,
      acknowledged,
      unusedAcknowledgements: unusedAcknowledgements(app, [...reportedCheckers], acknowledged),
      coverage: [
        ...blindNagRuns.map(run => run.coverage),
        ...(guard ? [guard.coverage()] : []),
        ...(cloudFormationValidate ? [cloudFormationValidatorCoverage()] : []),
      ],
      durationMs: Date.now() - startedAt,
    };
  } finally {
    if (ownsApp) {
      fs.rmSync(app.outdir, { recursive: true, force: true });
    }
  }
}

function newGateApp(extraContext: Record<string, unknown> = {}): App {
  return new App({
    outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-gate-')),
    context: { ...cdkJsonContext(), ...GATE_CONTEXT, ...extraContext },
  });
}

/** The feature flags of the real app, so the gate sees the templates `cdk synth` produces. */
function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = path.join(__dirname, '..', '..', 'cdk.json');
  return fs.existsSync(cdkJson) ? JSON.parse(fs.readFileSync(cdkJson, 'utf-8')).context ?? {} : {};
}

const APPS_THROUGH_THE_GATE = new WeakSet<App>();

function appOf(stack: Stack): App {
  const root = stack.node.root;
  if (!App.isApp(root)) {
    throw new Error(`Compliance gate: the root of stack '${stack.node.path}' is not an App`);
  }
  // A second run would register every plugin again and report each finding twice.
  if (APPS_THROUGH_THE_GATE.has(root)) {
    throw new Error(`Compliance gate: the App of stack '${stack.node.path}' has already been checked; build a fresh App`);
  }
  APPS_THROUGH_THE_GATE.add(root);
  return root;
}

function recordingRuns(plugin: IPolicyValidationPlugin, checkersThatRan: Set<string>): IPolicyValidationPlugin {
  return {
    name: plugin.name,
    version: plugin.version,
    ruleIds: plugin.ruleIds,
    validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
      checkersThatRan.add(plugin.name);
      return plugin.validate(context);
    },
  };
}

/**
 * CDK's validator, registered explicitly so it runs even under `CDK_VALIDATION=false`, and records that it ran.
 * A subclass, because CDK adds its default instance unless it finds an `instanceof CloudFormationValidatePlugin`.
 */
class RecordingCloudFormationValidatePlugin extends CloudFormationValidatePlugin {
  public onValidate?: () => void;

  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    this.onValidate?.();
    return super.validate(context);
  }
}

// One instance for the whole test file: starting the WASM engine costs about a second, reusing it a few milliseconds.
let sharedCloudFormationValidator: RecordingCloudFormationValidatePlugin | undefined;

function cloudFormationValidatorFor(checkersThatRan: Set<string>): CloudFormationValidatePlugin {
  sharedCloudFormationValidator ??= new RecordingCloudFormationValidatePlugin();
  sharedCloudFormationValidator.onValidate = () => checkersThatRan.add(CLOUDFORMATION_VALIDATE_CHECKER);
  return sharedCloudFormationValidator;
}

interface ReportedResource {
  readonly constructPath?: string;
  readonly cloudFormationResource?: { readonly templatePath: string; readonly logicalId: string };
}

interface ReportedViolation {
  readonly ruleName: string;
  readonly description: string;
  readonly violatingConstructs: ReportedResource[];
}

interface ReportedSuppressedViolation extends ReportedViolation {
  readonly reason: string;
  readonly acknowledgedAt: string;
}

interface PluginReport {
  readonly pluginName: string;
  readonly conclusion: 'success' | 'failure';
  readonly metadata?: Record<string, string>;
  readonly violations: ReportedViolation[];
  readonly suppressedViolations?: ReportedSuppressedViolation[];
}

interface ValidationReport {
  readonly pluginReports: PluginReport[];
}

function synthesizeAndReadReport(app: App): ValidationReport {
  const reportFile = path.join(app.outdir, VALIDATION_REPORT_FILE);
  fs.rmSync(reportFile, { force: true });
  try {
    // force: an App already synthesized (Template.fromStack) would otherwise return its cached assembly unvalidated.
    app.synth({ force: true });
  } catch (error) {
    // Without failSynthOnValidationErrors=false (stack form) CDK throws after writing the report; anything else is a real synth error.
    if (!((error as Error).name === 'ValidationFailed' && fs.existsSync(reportFile))) {
      throw error;
    }
  }
  if (!fs.existsSync(reportFile)) {
    throw new Error(`Compliance gate: CDK wrote no ${VALIDATION_REPORT_FILE} in ${app.outdir}`);
  }
  return JSON.parse(fs.readFileSync(reportFile, 'utf-8'));
}

function isNagPack(checker: string): checker is NagPackName {
  return (ALL_NAG_PACKS as readonly string[]).includes(checker);
}

/** cdk-nag matches its own unqualified ids; CDK matches everyone else's under the plugin's namespace. */
function acknowledgeableId(checker: string, ruleName: string): string {
  return isNagPack(checker) ? ruleName : `${checker.replace(/ /g, '-')}::${ruleName}`;
}

function findingsOf(checker: string, violation: ReportedViolation): ComplianceFinding[] {
  return violation.violatingConstructs.map(resource => ({
    checker,
    ruleId: acknowledgeableId(checker, violation.ruleName),
    resourcePath: resource.constructPath
      ?? `${resource.cloudFormationResource?.templatePath}#${resource.cloudFormationResource?.logicalId}`,
    message: violation.description,
  }));
}

interface BlindNagRun {
  readonly acknowledged: AcknowledgedFinding[];
  readonly coverage: CheckerCoverage;
}

/**
 * cdk-nag drops acknowledged findings before CDK sees them; recover them by re-running the pack blind to
 * acknowledgements and removing what it did report. The same run records which rules the pack evaluated and which
 * of them applied to some resource (a rule returns NOT_APPLICABLE otherwise), so that "pass" in COMPLIANCE.md means
 * a rule looked at something and found it compliant.
 */
function blindNagRun(app: App, packName: NagPackName, pluginReports: PluginReport[]): BlindNagRun {
  const blindPack = new NAG_PACK_CLASSES[packName]();
  const internals = blindPack as unknown as { isAcknowledged?: unknown; applyRule?: (params: IApplyRule) => void };
  if (typeof internals.isAcknowledged !== 'function' || typeof internals.applyRule !== 'function') {
    throw new Error('Compliance gate: cdk-nag no longer has NagPack.isAcknowledged and NagPack.applyRule; update blindNagRun');
  }
  internals.isAcknowledged = () => false;
  const applyRule = internals.applyRule.bind(blindPack);
  const evaluated = new Set<string>();
  const applicable = new Set<string>();
  internals.applyRule = (params: IApplyRule) => {
    // cdk-nag names the rule after the function: keep that name although the function is wrapped.
    const ruleSuffix = params.ruleSuffixOverride ?? params.rule.name;
    const ruleId = `${packName}-${ruleSuffix}`;
    evaluated.add(ruleId);
    applyRule({
      ...params,
      ruleSuffixOverride: ruleSuffix,
      rule: node => {
        try {
          const result = params.rule(node);
          if (result !== NagRuleCompliance.NOT_APPLICABLE) applicable.add(ruleId);
          return result;
        } catch (error) {
          applicable.add(ruleId); // cdk-nag reports a rule that throws as a finding
          throw error;
        }
      },
    });
  };

  const pluginReport = pluginReports.find(r => r.pluginName === packName);
  const seenByCdk = new Set([...(pluginReport?.violations ?? []), ...(pluginReport?.suppressedViolations ?? [])]
    .flatMap(violation => findingsOf(packName, violation))
    .map(findingKey));
  const constructsByPath = new Map(app.node.findAll().map(construct => [construct.node.path, construct]));

  const acknowledged = blindPack.validateScope(app).violations
    .flatMap(violation => violation.violatingResources.map(resource => ({
      checker: packName,
      ruleId: violation.ruleName,
      resourcePath: resource.constructPath ?? '',
      message: violation.description,
    })))
    .filter(finding => !seenByCdk.has(findingKey(finding)))
    .map(finding => ({ ...finding, ...closestAcknowledgement(constructsByPath.get(finding.resourcePath), finding.ruleId) }));
  if (evaluated.size === 0) {
    throw new Error(`Compliance gate: cdk-nag pack ${packName} evaluated no rule; update blindNagRun`);
  }
  return { acknowledged, coverage: { checker: packName, rulesEvaluated: [...evaluated].sort(), rulesApplicable: [...applicable].sort() } };
}

/** The guard result of one template, as `cfn-guard validate --structured --output-format json` prints it. */
interface GuardTemplateResult {
  readonly compliant?: string[];
  readonly not_applicable?: string[];
  readonly not_compliant?: Array<{ readonly Rule?: { readonly name?: string } }>;
}

/**
 * CfnGuardValidator keeps only the failures of cfn-guard's output, which also lists the rules each template passed
 * and the rules that did not apply to it. This subclass reads that output as the validator's own `exec` returns it.
 */
class CoverageRecordingGuardValidator extends CfnGuardValidator {
  private results?: GuardTemplateResult[];

  public validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const utils: { exec: (...args: unknown[]) => unknown } = require('@cdklabs/cdk-validator-cfnguard/lib/utils');
    const exec = utils.exec;
    utils.exec = (...args: unknown[]) => {
      const result = exec(...args);
      this.results = result as GuardTemplateResult[];
      return result;
    };
    try {
      return super.validate(context);
    } finally {
      utils.exec = exec;
    }
  }

  public coverage(): CheckerCoverage {
    if (!Array.isArray(this.results)) {
      throw new Error('Compliance gate: could not read cfn-guard\'s results; @cdklabs/cdk-validator-cfnguard changed its exec, update CoverageRecordingGuardValidator');
    }
    const namespaced = (rule: string) => acknowledgeableId(CONTROL_TOWER_CHECKER, rule);
    const failed = this.results.flatMap(result => (result.not_compliant ?? []).map(check => check.Rule?.name ?? ''));
    const applicable = [...this.results.flatMap(result => result.compliant ?? []), ...failed];
    const evaluated = [...applicable, ...this.results.flatMap(result => result.not_applicable ?? [])];
    if (evaluated.length === 0 || failed.includes('')) {
      throw new Error('Compliance gate: cfn-guard\'s results have an unexpected shape; update CoverageRecordingGuardValidator');
    }
    return {
      checker: CONTROL_TOWER_CHECKER,
      rulesEvaluated: [...new Set(evaluated.map(namespaced))].sort(),
      rulesApplicable: [...new Set(applicable.map(namespaced))].sort(),
    };
  }
}

/**
 * The rules of the CloudFormation validator's engine at the levels CDK asks for (warnings and errors). CDK excludes a
 * few noisy ones by id (in its source only), so this may count a handful of rules that did not run.
 */
function cloudFormationValidatorCoverage(): CheckerCoverage {
  const engine = (sharedCloudFormationValidator as unknown as { engine?: { listRules?: () => Array<{ id: string; severity: string }> } }).engine;
  if (typeof engine?.listRules !== 'function') {
    throw new Error('Compliance gate: CloudFormationValidatePlugin has no engine.listRules after validating; update cloudFormationValidatorCoverage');
  }
  const reported = new Set(['WARN', 'ERROR', 'FATAL']);
  return {
    checker: CLOUDFORMATION_VALIDATE_CHECKER,
    rulesEvaluated: [...new Set(engine.listRules().filter(rule => reported.has(rule.severity))
      .map(rule => acknowledgeableId(CLOUDFORMATION_VALIDATE_CHECKER, rule.id)))].sort(),
  };
}

/** The rule a finding belongs to: its `ruleId` without the `[finding]` suffix cdk-nag adds per finding. */
export function ruleOf(finding: ComplianceFinding): string {
  return finding.ruleId.replace(/\[.*\]$/, '');
}

const GUARD_RULES_DIR = path.join(path.dirname(require.resolve('@cdklabs/cdk-validator-cfnguard/package.json')), 'rules', 'control-tower', 'cfn-guard');

let controlTowerIds: Map<string, string> | undefined;

/** The Control Tower control id (`CT.SQS.PR.1`) of a guard rule name (`sqs_dlq_check`), from the bundled rule files. */
export function controlTowerControlId(guardRule: string): string | undefined {
  if (!controlTowerIds) {
    controlTowerIds = new Map();
    for (const service of fs.readdirSync(GUARD_RULES_DIR)) {
      for (const file of fs.readdirSync(path.join(GUARD_RULES_DIR, service))) {
        // ct-sqs-pr-1.guard holds the rule named under "Rule Identifier:" in its header.
        const name = /Rule Identifier:\s*#\s*(\w+)/.exec(fs.readFileSync(path.join(GUARD_RULES_DIR, service, file), 'utf-8'))?.[1];
        if (name) controlTowerIds.set(name, path.parse(file).name.toUpperCase().replace(/-/g, '.'));
      }
    }
  }
  return controlTowerIds.get(guardRule.replace(/^.*::/, ''));
}

function closestAcknowledgement(resource: IConstruct | undefined, ruleId: string): { reason: string; acknowledgedAt: string } {
  for (let construct = resource; construct; construct = construct.node.scope) {
    const match = declaredAcknowledgements(construct).find(acknowledgement => acknowledgement.id === ruleId);
    if (match) {
      return { reason: match.reason, acknowledgedAt: match.acknowledgedAt };
    }
  }
  return { reason: '(acknowledged, but the acknowledgement was not found)', acknowledgedAt: '' };
}

function declaredAcknowledgements(construct: IConstruct): DeclaredAcknowledgement[] {
  return construct.node.metadata
    .filter(entry => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY && entry.data)
    .flatMap(entry => Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
      id: id.replace(ACKNOWLEDGED_PREFIX, ''),
      reason,
      acknowledgedAt: construct.node.path,
    })));
}

function unusedAcknowledgements(app: App, checkers: string[], acknowledged: AcknowledgedFinding[]): DeclaredAcknowledgement[] {
  const belongsToACheckedRule = (id: string) => checkers.some(checker => isNagPack(checker)
    ? id.startsWith(`${checker}-`) || id.startsWith(`${checker}::`)
    : id.startsWith(`${checker.replace(/ /g, '-')}::`));
  const used = new Set(acknowledged.map(finding => `${finding.acknowledgedAt}|${finding.ruleId}`));
  // CDK suppressions may use the namespaced form of a cdk-nag id; count those as used too.
  for (const finding of acknowledged) {
    used.add(`${finding.acknowledgedAt}|${finding.checker.replace(/ /g, '-')}::${finding.ruleId}`);
  }
  return app.node.findAll()
    .flatMap(declaredAcknowledgements)
    .filter(acknowledgement => belongsToACheckedRule(acknowledgement.id))
    .filter(acknowledgement => !used.has(`${acknowledgement.acknowledgedAt}|${acknowledgement.id}`));
}

/**
 * How a blueprint's acknowledgements break the allow-list, one line per acknowledged finding or declared
 * acknowledgement (empty when they all keep to it): an id the list does not have, a reason no entry for that id gives,
 * an entry reserved for another blueprint, an acknowledgement that acknowledges nothing.
 */
export function allowListViolations(report: ComplianceReport, blueprint: string, allowList: readonly AllowedAcknowledgement[]): string[] {
  const problems = report.acknowledged.map(finding => {
    const where = `${finding.ruleId} on ${finding.resourcePath} (acknowledged at ${finding.acknowledgedAt})`;
    const withId = allowList.filter(entry => entry.ids.includes(finding.ruleId));
    if (withId.length === 0) return `${where}: the id is not in the allow-list (test/support/acknowledgements.ts)`;
    const withReason = withId.filter(entry => entry.reason === finding.reason);
    if (withReason.length === 0) return `${where}: the reason "${finding.reason}" is not the allow-list's for this id`;
    if (!withReason.some(entry => allows(entry, finding.ruleId, finding.reason, finding.acknowledgedAt, blueprint))) {
      const holders = withReason.map(entry => (isShared(entry) ? `${entry.by} code at ${entry.at ?? 'no path'}` : carriersOf(entry).join(', ')));
      return `${where}: the allow-list gives this acknowledgement to ${holders.join('; ')} only`;
    }
    return undefined;
  });
  const unused = report.unusedAcknowledgements
    .filter(acknowledgement => !isAwsCdkLibAcknowledgement(acknowledgement, allowList))
    .map(acknowledgement => `${acknowledgement.id} (acknowledged at ${acknowledgement.acknowledgedAt}): acknowledges no finding; remove it`);
  return [...new Set([...problems.filter((problem): problem is string => problem !== undefined), ...unused])].sort();
}

/** aws-cdk-lib acknowledges some ids on every instance of a construct, whether or not there is a finding. */
function isAwsCdkLibAcknowledgement(acknowledgement: DeclaredAcknowledgement, allowList: readonly AllowedAcknowledgement[]): boolean {
  return allowList.some(entry => entry.by === AWS_CDK_LIB && allows(entry, acknowledgement.id, acknowledgement.reason, acknowledgement.acknowledgedAt, ''));
}

/**
 * Allow-list (id, reason) pairs that no blueprint uses (an entry given to a blueprint: that blueprint), one line each.
 * Used means covering an acknowledged finding, or, for aws-cdk-lib's own acknowledgements, being declared.
 */
export function staleAllowListEntries(
  reports: ReadonlyArray<{ readonly name: string; readonly report: ComplianceReport }>,
  allowList: readonly AllowedAcknowledgement[],
): string[] {
  const used = new Set(reports.flatMap(({ name, report }) => [
    ...report.acknowledged.map(finding => `${name}\n${finding.ruleId}\n${finding.reason}`),
    ...report.unusedAcknowledgements.filter(acknowledgement => isAwsCdkLibAcknowledgement(acknowledgement, allowList))
      .map(acknowledgement => `${name}\n${acknowledgement.id}\n${acknowledgement.reason}`),
  ]));
  const isUsed = (names: readonly string[], id: string, reason: string) => names.some(name => used.has(`${name}\n${id}\n${reason}`));
  return allowList.flatMap(entry => entry.ids.flatMap(id => {
    if (isShared(entry)) {
      return isUsed(reports.map(({ name }) => name), id, entry.reason) ? [] : [`${id} (${entry.by}, ${entry.where}): used by no blueprint`];
    }
    // An entry given to several blueprints is stale for each one that no longer uses it.
    return carriersOf(entry).filter(name => !isUsed([name], id, entry.reason)).map(name => `${id} (${name}, ${entry.where}): not used by ${name}`);
  }));
}

function findingKey(finding: ComplianceFinding): string {
  // The message is part of the identity: the CloudFormation validator reports one rule once per offending property.
  return `${finding.checker}|${finding.ruleId}|${finding.resourcePath}|${finding.message}`;
}

function uniqueSorted<T extends ComplianceFinding>(findings: T[]): T[] {
  const byKey = new Map(findings.map(finding => [findingKey(finding), finding]));
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, finding]) => finding);
}
