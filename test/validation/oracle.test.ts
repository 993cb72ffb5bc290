/**
 * The oracle test: AWS's own CloudFormation validator (@aws/cloudformation-validate, the copy bundled in aws-cdk-lib)
 * judges random Lambda resources, and LambdaLimits must agree with every ERROR/FATAL it reports.
 *
 * Property, for random property sets of AWS::Lambda::Function, Version, Alias, EventSourceMapping, EventInvokeConfig
 * and Url built as L1s in one stack with LambdaLimits applied (see oracle-arbitraries.ts):
 *   1. synth either succeeds or fails with LambdaLimits' validation errors only; anything else (an exception, a
 *      "LambdaLimits rule X failed unexpectedly") is a crash;
 *   2. every ERROR/FATAL finding the validator reports on an AWS::Lambda::* resource of the synthesized template is
 *      also an error of LambdaLimits. Matching rule: the validator's `entity.logicalId` is a top-level construct id of
 *      the stack, so its construct path is `Stack/<logicalId>`; LambdaLimits must report at least one ERROR line on that
 *      path (`[Stack/<logicalId>] [LambdaKit.…] …`), and, when the finding has a `propertyPath` below `Properties`,
 *      one of those lines must name the same top-level property (LambdaLimits writes it in backticks: `` `Code.S3Bucket` ``
 *      names `Code`), or the validator's message must name the property the LambdaLimits line names (a finding about a
 *      combination, such as Handler set on an image function, may sit on either property of the pair).
 * The converse is not checked: LambdaLimits knows limits the validator does not (see /work/shared/lambda-limits.md).
 *
 * How the validator is called: exactly as aws-cdk-lib's CloudFormationValidatePlugin calls it
 * (node_modules/aws-cdk-lib/core/lib/validation/cloudformation-validate-plugin.js): `new CompositeEngine(config)` (its
 * built-in Rego rules only cover GameLift, so the config is empty here), then `engine.validateTemplate(new
 * TemplateContent(json), { detailLevel: 'STANDARD', pseudoParameterOverrides, exclude: { ids: IGNORE_RULES } })` on
 * the template JSON. The engine takes seconds to build, so one instance serves every run.
 *
 * Reproducibility: a fixed seed, printed; override with ORACLE_SEED and the run count with ORACLE_RUNS.
 * ORACLE_COLLECT=1 does not fail on the first counterexample but lists every distinct gap (for triage).
 */
import * as fs from 'fs';
import { App, Aspects, CfnParameter, CfnResource, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as fc from 'fast-check';
import { DELETE, OracleAppSpec, oracleAppSpec, Overrides } from './oracle-arbitraries';
import { LambdaLimits } from '../../lib/validation/lambda-limits';

// The validator is a dependency of aws-cdk-lib, not of this package: load the exact copy CDK runs.
const validate = require(require.resolve('@aws/cloudformation-validate', { paths: [require.resolve('aws-cdk-lib')] }));

const SEED = Number(process.env.ORACLE_SEED ?? 20261122);
const RUNS = Number(process.env.ORACLE_RUNS ?? 2000);
const COLLECT = process.env.ORACLE_COLLECT === '1';
const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
// The validator compares runtime deprecation dates with the machine clock; LambdaLimits must use the same day.
const TODAY = new Date().toISOString().slice(0, 10);

/** Rules aws-cdk-lib's plugin excludes (IGNORE_RULES in cloudformation-validate-plugin.js); all are WARN/INFO anyway. */
const PLUGIN_IGNORED_RULES = ['W3005', 'W1020', 'I4010', 'W4011', 'W4012', 'W9002', 'W9013', 'W1103'];

/**
 * Validator findings that are not AWS limits, each citing the row of /work/shared/lambda-limits.md that says so.
 * A predicate rather than a bare rule id, so that only the wrong verdict is excluded, not the whole schema rule.
 */
const NOT_AWS_LIMITS: Array<{ readonly why: string; readonly matches: (d: Diagnostic) => boolean }> = [
];

interface Diagnostic {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly entity?: { readonly logicalId?: string; readonly entityType?: string; readonly resourceType?: string };
  readonly propertyPath?: string;
}

/** A validator error LambdaLimits did not report, or a crash. */
interface Problem {
  readonly kind: 'gap' | 'crash';
  readonly resourceType?: string;
  readonly ruleId?: string;
  readonly property?: string;
  readonly value?: unknown;
  readonly message: string;
}

let engine: any;

beforeAll(() => {
  engine = new validate.CompositeEngine({});
}, 120_000);

afterAll(() => engine?.free());

function applyOverrides(resource: CfnResource, overrides: Overrides | undefined): void {
  for (const [path, value] of Object.entries(overrides ?? {})) {
    if (value === DELETE) resource.addPropertyDeletionOverride(path);
    else resource.addPropertyOverride(path, value);
  }
}

function buildApp(spec: OracleAppSpec): { app: App; stack: Stack } {
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': TODAY }, builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Stack', { env: { account: ACCOUNT, region: REGION } });
  // No default: the validator would otherwise resolve { Ref: 'Param' } to it, while LambdaLimits rightly treats it as unknowable.
  new CfnParameter(stack, 'Param', { type: 'String' });
  Aspects.of(app).add(new LambdaLimits());

  const queue = new sqs.CfnQueue(stack, 'Queue', {
    fifoQueue: spec.queue.fifo ? true : undefined,
    visibilityTimeout: spec.queue.visibilityTimeout,
  });
  const fn = new lambda.CfnFunction(stack, 'Fn', {
    code: { s3Bucket: 'code-bucket', s3Key: 'code.zip' },
    role: `arn:aws:iam::${ACCOUNT}:role/fn-role`,
    runtime: 'nodejs22.x',
    handler: 'index.handler',
  });
  applyOverrides(fn, spec.fn);
  if (spec.version) {
    applyOverrides(new lambda.CfnVersion(stack, 'Version', { functionName: fn.ref }), spec.version);
  }
  if (spec.alias) {
    const alias = new lambda.CfnAlias(stack, 'Alias', { functionName: fn.ref, functionVersion: '1', name: 'live' });
    const overrides = { ...spec.alias };
    // A GetAtt of a Version that the run did not create is a broken template, not a Lambda limit.
    if (!spec.version && JSON.stringify(overrides.FunctionVersion ?? '').includes('Version')) overrides.FunctionVersion = '1';
    applyOverrides(alias, overrides);
  }
  if (spec.mapping) {
    applyOverrides(new lambda.CfnEventSourceMapping(stack, 'Mapping', { functionName: fn.ref, eventSourceArn: queue.attrArn }), spec.mapping);
  }
  if (spec.invokeConfig) {
    applyOverrides(new lambda.CfnEventInvokeConfig(stack, 'InvokeConfig', { functionName: fn.ref, qualifier: '$LATEST' }), spec.invokeConfig);
  }
  if (spec.url) {
    applyOverrides(new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: fn.attrArn, authType: 'AWS_IAM' }), spec.url);
  }
  return { app, stack };
}

/** Synthesizes; returns LambdaLimits' error lines, or a crash. */
function synthesize(app: App): { errors: string[]; crash?: string } {
  try {
    const assembly = app.synth();
    fs.rmSync(assembly.directory, { recursive: true, force: true });
    return { errors: [] };
  } catch (e) {
    const message = String((e as Error)?.message ?? e);
    fs.rmSync(app.outdir, { recursive: true, force: true });
    if (!message.includes('Validation failed with the following errors') || message.includes('failed unexpectedly')) {
      return { errors: [], crash: message.slice(0, 2000) };
    }
    return { errors: message.split('\n').filter(line => /^\s*\[/.test(line)).map(line => line.trim()) };
  }
}

function validatorErrors(template: unknown): Diagnostic[] {
  const report = engine.validateTemplate(new validate.TemplateContent(JSON.stringify(template), 'Stack.template.json'), {
    detailLevel: 'STANDARD',
    pseudoParameterOverrides: { accountId: ACCOUNT, region: REGION },
    exclude: { ids: PLUGIN_IGNORED_RULES },
    severityLevel: 'WARN',
  });
  return (report.diagnostics as Diagnostic[]).filter(d => d.severity === 'ERROR' || d.severity === 'FATAL');
}

/** `Properties.Code.S3Bucket` => `Code`; undefined for template- or resource-level findings. */
function topLevelProperty(propertyPath: string | undefined): string | undefined {
  const match = /^Properties[./]([A-Za-z0-9]+)/.exec(propertyPath ?? '');
  return match?.[1];
}

function valueAt(template: any, logicalId: string, propertyPath: string | undefined): unknown {
  let value = template?.Resources?.[logicalId];
  for (const key of (propertyPath ?? '').split(/[./]/).filter(Boolean)) value = value?.[key];
  return value;
}

/** The matching rule of the header comment. */
function lambdaLimitsReported(d: Diagnostic, errors: string[]): boolean {
  const onResource = errors.filter(line => line.startsWith(`[Stack/${d.entity!.logicalId}]`));
  if (onResource.length === 0) return false;
  const property = topLevelProperty(d.propertyPath);
  if (!property) return true;
  return onResource.some(line => line.includes(`\`${property}\``) || line.includes(`\`${property}.`)
    || [...line.matchAll(/`([A-Za-z0-9]+)[`.]/g)].some(m => d.message.includes(m[1])));
}

function oracle(spec: OracleAppSpec): Problem[] {
  const { app, stack } = buildApp(spec);
  const { errors, crash } = synthesize(app);
  if (crash) return [{ kind: 'crash', message: crash }];
  const template = stack.resolve((stack as any)._toCloudFormation());
  const problems: Problem[] = [];
  for (const d of validatorErrors(template)) {
    if (d.entity?.entityType !== 'Resource' || !d.entity.resourceType?.startsWith('AWS::Lambda::')) continue;
    if (NOT_AWS_LIMITS.some(exclusion => exclusion.matches(d))) continue;
    if (lambdaLimitsReported(d, errors)) continue;
    problems.push({
      kind: 'gap',
      resourceType: d.entity.resourceType,
      ruleId: d.ruleId,
      property: d.propertyPath,
      value: valueAt(template, d.entity.logicalId!, d.propertyPath),
      message: `${d.severity} ${d.ruleId}: ${d.message}; LambdaLimits said: ${JSON.stringify(errors.filter(l => l.startsWith(`[Stack/${d.entity!.logicalId}]`)).map(l => l.slice(0, 160)))}`,
    });
  }
  return problems;
}

test(`LambdaLimits reports every Lambda error AWS's validator finds, and never crashes (seed ${SEED}, ${RUNS} runs)`, () => {
  console.log(`oracle: seed ${SEED} (ORACLE_SEED), ${RUNS} runs (ORACLE_RUNS), evaluation date ${TODAY}, validator ${validate.version()}`);
  if (COLLECT) {
    const gaps = new Map<string, { count: number; example: Problem }>();
    fc.assert(fc.property(oracleAppSpec, spec => {
      for (const problem of oracle(spec)) {
        const key = `${problem.kind} ${problem.resourceType} ${problem.ruleId} ${problem.property}`;
        const entry = gaps.get(key) ?? { count: 0, example: problem };
        entry.count++;
        gaps.set(key, entry);
      }
    }), { seed: SEED, numRuns: RUNS });
    console.log([...gaps.entries()].map(([key, { count, example }]) =>
      `${key} x${count}\n  value: ${JSON.stringify(example.value)?.slice(0, 200)}\n  ${example.message.slice(0, 600)}`).join('\n'));
    return;
  }
  fc.assert(fc.property(oracleAppSpec, spec => {
    expect(oracle(spec)).toEqual([]);
  }), { seed: SEED, numRuns: RUNS });
}, 600_000);
