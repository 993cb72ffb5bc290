/**
 * Finds the app's Lambda@Edge functions: functions a CloudFront distribution associates with a cache behavior
 * (`LambdaFunctionAssociations`, through a Version's ARN, a function ARN or a literal ARN), and the functions of
 * aws-cdk-lib's `cloudfront.experimental.EdgeFunction` (also when it lives in its own us-east-1 stack and the
 * distribution reads its ARN through a cross-region parameter reader).
 */
import { IConstruct } from 'constructs';
import type { LambdaModel, ModelResource } from '../model';
import { Finding, Rule, RuleContext, Severity } from '../rule';
import { arrayValue, objectValue, pathValue, stringValue } from '../values';
import { FunctionTarget, functionTarget } from './versioning-lookups';

const DISTRIBUTION = 'AWS::CloudFront::Distribution';
const EDGE_FUNCTION_FQN = 'aws-cdk-lib.aws_cloudfront.experimental.EdgeFunction';
/** The custom resource an EdgeFunction outside us-east-1 reads its function's ARN with. */
const EDGE_ARN_READER = 'Custom::CrossRegionStringParameterReader';

/** One LambdaFunctionAssociations entry of a distribution. */
export interface EdgeAssociation {
  readonly distribution: ModelResource;
  /** Property path of the entry, for messages. */
  readonly property: string;
  readonly entry: Record<string, unknown>;
  /** `viewer-request` etc., when known. */
  readonly eventType?: string;
  /** The function (and qualifier) the entry names, when known. */
  readonly target?: FunctionTarget;
  /** The in-app function, when known. */
  readonly fn?: ModelResource;
}

/** An in-app function used at the edge. */
export interface EdgeFunctionUse {
  readonly fn: ModelResource;
  readonly associations: EdgeAssociation[];
  /** The known event types it is associated with. */
  readonly eventTypes: string[];
}

export const isViewerEvent = (eventType: string) => eventType.startsWith('viewer-');

function isEdgeFunctionConstruct(construct: IConstruct): boolean {
  const rtti = (Object.getPrototypeOf(construct)?.constructor as Record<symbol, { fqn?: string }> | undefined)?.[Symbol.for('jsii.rtti')];
  return rtti?.fqn === EDGE_FUNCTION_FQN;
}

/** The L1 function of an EdgeFunction construct (its defaultChild is a lambda.Function, whose defaultChild is the CfnFunction). */
function edgeFunctionResource(edge: IConstruct, model: LambdaModel): ModelResource | undefined {
  const fn = edge.node.defaultChild;
  const cfn = fn?.node.defaultChild;
  return cfn ? model.ofConstruct(cfn) : undefined;
}

/** The EdgeFunction a construct belongs to (its ARN reader lives under it), if any. */
function owningEdgeFunction(construct: IConstruct): IConstruct | undefined {
  for (let scope: IConstruct | undefined = construct; scope; scope = scope.node.scope) {
    if (isEdgeFunctionConstruct(scope)) return scope;
  }
  return undefined;
}

const CACHE = new WeakMap<LambdaModel, EdgeFunctionUse[]>();

/** Every association of every distribution in the app. */
export function edgeAssociations(model: LambdaModel): EdgeAssociation[] {
  const associations: EdgeAssociation[] = [];
  for (const distribution of model.ofType(DISTRIBUTION)) {
    const config = objectValue(distribution.properties.DistributionConfig);
    if (!config) continue;
    const behaviors: [string, unknown][] = [['DistributionConfig.DefaultCacheBehavior', config.DefaultCacheBehavior]];
    (arrayValue(config.CacheBehaviors) ?? []).forEach((behavior, index) => behaviors.push([`DistributionConfig.CacheBehaviors.${index}`, behavior]));
    for (const [path, behavior] of behaviors) {
      const entries = arrayValue(objectValue(behavior)?.LambdaFunctionAssociations) ?? [];
      entries.forEach((item, index) => {
        const entry = objectValue(item);
        if (!entry) return;
        const arn = entry.LambdaFunctionARN;
        const target = functionTarget(model, distribution, arn);
        let fn = target?.fn.resource;
        if (!fn) {
          const reader = model.referenced(distribution, arn);
          const edge = reader && owningEdgeFunction(reader.construct);
          fn = edge && edgeFunctionResource(edge, model);
        }
        associations.push({
          distribution, property: `${path}.LambdaFunctionAssociations.${index}`, entry, eventType: stringValue(entry.EventType), target, fn,
        });
      });
    }
  }
  return associations;
}

/** Every in-app function used at the edge, with its associations. */
export function edgeFunctions(model: LambdaModel): EdgeFunctionUse[] {
  const cached = CACHE.get(model);
  if (cached) return cached;
  const uses = new Map<ModelResource, EdgeAssociation[]>();
  try {
    // In us-east-1 an EdgeFunction's function is its default child's default child: two scopes up from the function.
    // Elsewhere the function lives in a us-east-1 stack of its own, and the EdgeFunction keeps the reader of its ARN.
    const owners = [
      ...model.ofType('AWS::Lambda::Function').map(fn => fn.construct.node.scope?.node.scope),
      ...model.ofType(EDGE_ARN_READER).map(reader => owningEdgeFunction(reader.construct)),
    ];
    for (const owner of owners) {
      const fn = owner && isEdgeFunctionConstruct(owner) ? edgeFunctionResource(owner, model) : undefined;
      if (fn && !uses.has(fn)) uses.set(fn, []);
    }
    for (const association of edgeAssociations(model)) {
      if (association.fn) uses.set(association.fn, [...(uses.get(association.fn) ?? []), association]);
    }
  } catch {
    // A tree we cannot read has no edge functions we can know of.
  }
  const result = [...uses.entries()].map(([fn, associations]) => ({
    fn,
    associations,
    eventTypes: associations.map(a => a.eventType).filter((type): type is string => type !== undefined),
  }));
  CACHE.set(model, result);
  return result;
}

/** One problem of an edge function's own properties. */
export interface EdgeProblem {
  readonly property: string;
  readonly value: unknown;
  readonly limit: string;
  readonly fix: string;
  readonly severity?: Severity;
}

export interface EdgeRuleSpec {
  readonly id: string;
  readonly severity?: Severity;
  readonly constraint: string;
  readonly source: string;
  problems(use: EdgeFunctionUse, context: RuleContext): EdgeProblem[];
}

/** A rule over the properties of every edge function, reported on the function. */
export function edgeFunctionRule(spec: EdgeRuleSpec): Rule {
  return {
    id: spec.id,
    severity: spec.severity ?? Severity.ERROR,
    constraint: spec.constraint,
    source: spec.source,
    resourceTypes: ['AWS::Lambda::Function'],
    check(context) {
      const findings: Finding[] = [];
      for (const use of edgeFunctions(context.model)) {
        for (const problem of spec.problems(use, context)) findings.push({ resource: use.fn, ...problem });
      }
      return findings;
    },
  };
}

/** A rule refusing one function property on edge functions when `present` says it is set. */
export function edgeForbiddenProperty(
  id: string, source: string, property: string, feature: string, fix: string, present: (value: unknown) => boolean,
): Rule {
  return edgeFunctionRule({
    id,
    constraint: `A Lambda@Edge function has no ${feature} (${property}).`,
    source,
    problems({ fn }) {
      const value = pathValue(fn.properties, property);
      return value !== undefined && present(value)
        ? [{ property, value, limit: `absent on a Lambda@Edge function (${feature} is not supported at the edge)`, fix }]
        : [];
    },
  });
}

/** `in viewer-request of Stack/Dist/Resource`: where a function is used, for messages. */
export function describeUse(use: EdgeFunctionUse, eventType?: string): string {
  const association = use.associations.find(a => a.eventType === eventType) ?? use.associations[0];
  return association ? `as ${association.eventType ?? 'a trigger'} of ${association.distribution.path}` : 'as a cloudfront.experimental.EdgeFunction';
}
