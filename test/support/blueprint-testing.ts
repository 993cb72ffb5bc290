/**
 * What every blueprint stack test repeats: the stack synthesized once, logical ids of its constructs,
 * every IAM statement in its template, LambdaLimits over it, and the acknowledgements the gate used.
 */
import { App, Aspects, CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { IConstruct } from 'constructs';
import { LambdaLimits } from '../../lib';
import { ALL_NAG_PACKS, ComplianceFinding, complianceReport, ComplianceReport } from './compliance';
import { limitWarnings, synthErrors } from '../validation/helpers';

export interface SynthesizedBlueprint<S extends Stack> {
  readonly app: App;
  readonly stack: S;
  readonly template: Template;
  /** The logical id of a construct (its default child for an L2); optional members of the stack are accepted and must be set. */
  readonly id: (construct: IConstruct | undefined) => string;
}

/** The blueprint built in a fresh app, and its template. */
export function synthesizeBlueprint<S extends Stack>(create: (app: App) => S): SynthesizedBlueprint<S> {
  const app = new App();
  const stack = create(app);
  return {
    app,
    stack,
    template: Template.fromStack(stack),
    id: construct => {
      if (!construct) throw new Error('id(): the construct is undefined; the blueprint did not create it');
      return stack.getLogicalId((construct.node.defaultChild ?? construct) as CfnElement);
    },
  };
}

/** Every IAM statement in a template: managed policies, inline policies and roles' embedded policies. */
export function iamStatements(template: Template): any[] {
  const documents = [
    ...Object.values(template.findResources('AWS::IAM::ManagedPolicy')).map((p: any) => p.Properties.PolicyDocument),
    ...Object.values(template.findResources('AWS::IAM::Policy')).map((p: any) => p.Properties.PolicyDocument),
    ...Object.values(template.findResources('AWS::IAM::Role')).flatMap((r: any) => (r.Properties.Policies ?? []).map((p: any) => p.PolicyDocument)),
  ];
  return documents.flatMap(document => document.Statement);
}

/** The KMS statements without a condition: a key grant must be limited to the service that uses the key. */
export function unconditionedKeyStatements(statements: any[]): any[] {
  return statements.filter(s => [s.Action].flat().some((action: string) => action.startsWith('kms:')) && !s.Condition);
}

/** The actions of the statements whose resource includes `*`, one array per statement, in template order. */
export function wildcardResourceActions(template: Template): string[][] {
  return iamStatements(template).filter(s => [s.Resource].flat().includes('*')).map(s => [s.Action].flat());
}

/** Actions containing a wildcard (`*`, `s3:*`, `s3:Get*`): there must be none. */
export function wildcardActions(template: Template): string[] {
  return iamStatements(template).flatMap(s => [s.Action].flat()).filter((action: string) => action.includes('*'));
}

/**
 * LambdaLimits applied to a fresh app holding the blueprint (fixed evaluation date, so runtime deprecations
 * do not move under the test): the errors synth reports and the warnings left on the stack.
 */
export function lambdaLimitsFindings(create: (app: App) => Stack): { errors: string[]; warnings: string[] } {
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' } });
  const stack = create(app);
  Aspects.of(app).add(new LambdaLimits());
  const errors = synthErrors(app);
  return { errors, warnings: errors.length ? [] : limitWarnings(stack) };
}

/** The findings the gate acknowledged, once each, as `ruleId @ construct path`, sorted. */
export function acknowledgedFindings(report: ComplianceReport): string[] {
  return [...new Set(report.acknowledged.map(finding => `${finding.ruleId} @ ${finding.acknowledgedAt}`))].sort();
}

/** What a blueprint stack test asserts of the compliance gate, in one value to compare whole. */
export interface BlueprintGate {
  /** Unacknowledged findings: there must be none. */
  readonly findings: ComplianceFinding[];
  /** The acknowledged findings, as `acknowledgedFindings` lists them. */
  readonly acknowledged: string[];
  /** Acknowledgements that covered no finding, as `ruleId @ path` (aws-cdk-lib's own on its flow logs, for instance). */
  readonly unusedAcknowledgements: string[];
}

/** The blueprint through the whole gate: all six cdk-nag packs, the Control Tower rules and the strict CloudFormation validator. */
export function blueprintGate(create: (app: App) => Stack): BlueprintGate {
  const report = complianceReport(create, { nagPacks: ALL_NAG_PACKS });
  return {
    findings: report.findings,
    acknowledged: acknowledgedFindings(report),
    unusedAcknowledgements: report.unusedAcknowledgements.map(ack => `${ack.id} @ ${ack.acknowledgedAt}`),
  };
}
