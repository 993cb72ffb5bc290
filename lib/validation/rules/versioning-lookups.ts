/**
 * Shared helpers of the versioning family (versions, aliases, provisioned concurrency, async invoke
 * configs, destinations, URLs, permissions, layers).
 *
 * The lookups answer "which function (and which version or alias of it) does this value name?" for
 * every way a template names a function: a `Ref` or `GetAtt Arn` of the function, a Version's or an
 * Alias's `Ref` (their ARN), a literal name, a partial or full ARN, a qualified ARN, and the
 * `Fn::Join`/`Fn::Select` shapes aws-cdk-lib renders. Anything else (imports, parameters) is unknown:
 * the lookups return `undefined` and the rules stay silent.
 */
import type { Stack } from 'aws-cdk-lib';
import { perModel } from '../model';
import type { LambdaModel, ModelResource } from '../model';
import { Finding, Rule, RuleContext, Severity } from '../rule';
import { arrayValue, booleanValue, isIntrinsic, numberValue, objectValue, pathValue, stringValue } from '../values';

/** A function: an in-app `AWS::Lambda::Function`, or a function known only by its literal name. */
export interface FunctionIdentity {
  /** Equal keys mean the same function. */
  readonly key: string;
  /** The in-app function, when there is one. */
  readonly resource?: ModelResource;
  /** Its literal name, when known. */
  readonly name?: string;
}

/** A qualifier: unqualified/`$LATEST` (key ''), a version, or an alias. */
export interface Qualifier {
  /** Equal keys mean the same qualifier of a function. */
  readonly key: string;
  /** The in-app `AWS::Lambda::Version`, when the qualifier is one. */
  readonly version?: ModelResource;
  /** The in-app `AWS::Lambda::Alias`, when the qualifier is one. */
  readonly alias?: ModelResource;
  /** The qualifier as it will read in the ARN, when known (`live`, `3`, `$LATEST`). */
  readonly text?: string;
}

/** A function and one of its qualifiers. */
export interface FunctionTarget {
  readonly fn: FunctionIdentity;
  readonly qualifier: Qualifier;
}

export const UNQUALIFIED: Qualifier = { key: '' };

/** `function-name[:qualifier]`, `123456789012:function:name[:qualifier]` or `arn:aws:lambda:region:account:function:name[:qualifier]`. */
const FUNCTION_REFERENCE = /^(?:arn:[a-z-]+:lambda:[a-z0-9-]*:\d{12}:function:|\d{12}:function:)?([A-Za-z0-9_-]+)(?::([A-Za-z0-9_$.-]+))?$/;

/** The identity of an in-app function. */
export function functionIdentity(resource: ModelResource): FunctionIdentity {
  const name = stringValue(resource.properties.FunctionName);
  return { key: name ? `name:${name}` : `fn:${resource.key}`, resource, name };
}

/** A qualifier written as text: `$LATEST`, a version number or an alias name. */
export function literalQualifier(text: string): Qualifier {
  if (text === '' || text === '$LATEST') return { key: '', text };
  return { key: /^\d+$/.test(text) ? `number:${text}` : `alias:${text}`, text };
}

/** The qualifier a Version resource stands for. */
export function versionQualifier(version: ModelResource): Qualifier {
  return { key: `version:${version.key}`, version };
}

/** The qualifier an Alias resource stands for. */
export function aliasQualifier(alias: ModelResource): Qualifier {
  const name = stringValue(alias.properties.Name);
  return name !== undefined ? { key: `alias:${name}`, alias, text: name } : { key: `aliasres:${alias.key}`, alias };
}

/** The functions of a list (the app's) by their literal FunctionName, the first of each name. */
const byFunctionName = perModel((_model: LambdaModel, functions: ModelResource[]) => {
  const index = new Map<string, ModelResource>();
  for (const resource of functions) {
    const name = stringValue(resource.properties.FunctionName);
    if (name !== undefined && !index.has(name)) index.set(name, resource);
  }
  return index;
});

function byName(model: LambdaModel, name: string): FunctionIdentity {
  const resource = byFunctionName(model, model.ofType('AWS::Lambda::Function')).get(name);
  return resource ? functionIdentity(resource) : { key: `name:${name}`, name };
}

/**
 * The targets that objects of the resolved templates (references, joins) name, each looked up once: several rules
 * read the same `FunctionName`. A reference means a resource of the stack it is read from, which is kept with it.
 */
const objectTargets = perModel((): { stack?: Stack; target?: FunctionTarget } => ({}));

/**
 * The function (and qualifier) a value such as `FunctionName`, `TargetFunctionArn` or a destination ARN names,
 * as seen from `from`; `undefined` when it cannot be known or names no function.
 */
export function functionTarget(model: LambdaModel, from: ModelResource, value: unknown): FunctionTarget | undefined {
  if (value === null || typeof value !== 'object') return lookupSafely(model, from, value);
  const known = objectTargets(model, value);
  if (known.stack !== from.stack) {
    known.target = lookupSafely(model, from, value);
    known.stack = from.stack;
  }
  return known.target;
}

function lookupSafely(model: LambdaModel, from: ModelResource, value: unknown): FunctionTarget | undefined {
  try {
    return lookupTarget(model, from, value);
  } catch {
    return undefined;
  }
}

function lookupTarget(model: LambdaModel, from: ModelResource, value: unknown): FunctionTarget | undefined {
  const text = stringValue(value);
  if (text !== undefined) {
    const match = FUNCTION_REFERENCE.exec(text);
    if (!match) return undefined;
    return { fn: byName(model, match[1]), qualifier: match[2] !== undefined ? literalQualifier(match[2]) : UNQUALIFIED };
  }
  if (!isIntrinsic(value)) return undefined;
  const join = (value as Record<string, unknown>)['Fn::Join'];
  if (join !== undefined) return joinedTarget(model, from, join);
  const referenced = model.referenced(from, value);
  if (!referenced) return undefined;
  const getAtt = (value as Record<string, unknown>)['Fn::GetAtt'];
  const attribute = Array.isArray(getAtt) ? getAtt[1] : typeof getAtt === 'string' ? getAtt.split('.')[1] : undefined;
  switch (referenced.type) {
    case 'AWS::Lambda::Function':
      return attribute === undefined || attribute === 'Arn' ? { fn: functionIdentity(referenced), qualifier: UNQUALIFIED } : undefined;
    case 'AWS::Lambda::Version': {
      if (attribute !== undefined && attribute !== 'FunctionArn') return undefined;
      const target = functionTarget(model, referenced, referenced.properties.FunctionName);
      return target && { fn: target.fn, qualifier: versionQualifier(referenced) };
    }
    case 'AWS::Lambda::Alias': {
      if (attribute !== undefined && attribute !== 'AliasArn') return undefined;
      const target = functionTarget(model, referenced, referenced.properties.FunctionName);
      return target && { fn: target.fn, qualifier: aliasQualifier(referenced) };
    }
    default:
      return undefined;
  }
}

/** `{ 'Fn::Join': ['', [<function ARN>, ':live']] }`, as `${fn.functionArn}:live` renders. */
function joinedTarget(model: LambdaModel, from: ModelResource, join: unknown): FunctionTarget | undefined {
  if (!Array.isArray(join) || join[0] !== '' || !Array.isArray(join[1]) || join[1].length < 2) return undefined;
  const [head, ...rest] = join[1] as unknown[];
  const suffix = rest.every(part => typeof part === 'string') ? rest.join('') : undefined;
  const base = functionTarget(model, from, head);
  const match = suffix !== undefined ? /^:([A-Za-z0-9_$-]+)$/.exec(suffix) : null;
  if (!base || base.qualifier.key !== '' || !match) return undefined;
  return { fn: base.fn, qualifier: literalQualifier(match[1]) };
}

/**
 * A `Qualifier` property (EventInvokeConfig, Url): literal text, `GetAtt Version.Version`, or the
 * `Fn::Select [7, Fn::Split [':', Ref Alias]]` aws-cdk-lib renders for an alias. Absent = unqualified.
 */
export function qualifierProperty(model: LambdaModel, from: ModelResource, value: unknown): Qualifier | undefined {
  if (value === undefined) return UNQUALIFIED;
  const text = stringValue(value);
  if (text !== undefined) return literalQualifier(text);
  const object = isIntrinsic(value) ? value as Record<string, unknown> : undefined;
  if (!object) return undefined;
  const select = object['Fn::Select'];
  if (Array.isArray(select) && numberValue(select[0]) === 7) {
    const split = select[1] !== null && typeof select[1] === 'object' ? select[1] as Record<string, unknown> : {};
    const parts = arrayValue(split['Fn::Split']);
    if (parts && parts[0] === ':') {
      const target = functionTarget(model, from, parts[1]);
      return target && target.qualifier.key !== '' ? target.qualifier : undefined;
    }
    return undefined;
  }
  const referenced = model.referenced(from, value);
  const getAtt = object['Fn::GetAtt'];
  if (referenced?.type === 'AWS::Lambda::Version' && Array.isArray(getAtt) && getAtt[1] === 'Version') return versionQualifier(referenced);
  return undefined;
}

/** The function and qualifier of a resource with a function property and an optional `Qualifier` property. */
export function qualifiedTarget(model: LambdaModel, resource: ModelResource, functionProperty: string): FunctionTarget | undefined {
  const target = functionTarget(model, resource, resource.properties[functionProperty]);
  if (!target) return undefined;
  if (resource.properties.Qualifier === undefined) return target;
  const qualifier = qualifierProperty(model, resource, resource.properties.Qualifier);
  return qualifier && { fn: target.fn, qualifier };
}

/** The version an alias's `FunctionVersion` (or a routing entry's `FunctionVersion`) names. */
export function versionOf(model: LambdaModel, alias: ModelResource, value: unknown): Qualifier | undefined {
  const text = stringValue(value);
  if (text !== undefined) return literalQualifier(text);
  const referenced = model.referenced(alias, value);
  if (referenced?.type === 'AWS::Lambda::Version') return versionQualifier(referenced);
  return undefined;
}

/** The version an Alias points to (its `FunctionVersion`). */
export function aliasVersion(model: LambdaModel, alias: ModelResource): Qualifier | undefined {
  return versionOf(model, alias, alias.properties.FunctionVersion);
}

/** `AdditionalVersionWeights` of an alias's routing config, or `undefined` when absent or unknown. */
export function additionalVersions(alias: ModelResource): Record<string, unknown>[] | undefined {
  const weights = arrayValue(pathValue(alias.properties, 'RoutingConfig.AdditionalVersionWeights'));
  return weights?.map(weight => objectValue(weight) ?? {});
}

/** The function a Version resource publishes, when known. */
export function versionFunction(model: LambdaModel, version: ModelResource): FunctionIdentity | undefined {
  return functionTarget(model, version, version.properties.FunctionName)?.fn;
}

/** Every Version and Alias with a `ProvisionedConcurrencyConfig`, with its function and the version it pins. */
export interface ProvisionedConcurrency {
  readonly resource: ModelResource;
  readonly executions: unknown;
  readonly fn?: FunctionIdentity;
  /** The version the configuration applies to (for an alias: the version it points to). */
  readonly version?: Qualifier;
}

export function provisionedConcurrencies(model: LambdaModel): ProvisionedConcurrency[] {
  const configs: ProvisionedConcurrency[] = [];
  for (const resource of [...model.ofType('AWS::Lambda::Version'), ...model.ofType('AWS::Lambda::Alias')]) {
    const config = resource.properties.ProvisionedConcurrencyConfig;
    if (config === undefined) continue;
    const isAlias = resource.type === 'AWS::Lambda::Alias';
    configs.push({
      resource,
      executions: pathValue(resource.properties, 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions'),
      fn: functionTarget(model, resource, resource.properties.FunctionName)?.fn,
      version: isAlias ? aliasVersion(model, resource) : versionQualifier(resource),
    });
  }
  return configs;
}

/**
 * Whether two identities are the same function: `undefined` when that cannot be known (an in-app
 * function whose FunctionName is a token may be the function a literal name names).
 */
export function sameFunction(a: FunctionIdentity, b: FunctionIdentity): boolean | undefined {
  if (a.key === b.key) return true;
  const unknownName = (f: FunctionIdentity) => f.resource !== undefined && f.name === undefined && f.resource.properties.FunctionName !== undefined;
  if ((a.resource === undefined || b.resource === undefined) && (unknownName(a) || unknownName(b))) return undefined;
  return false;
}

/** What a role or queue value identifies: a literal ARN or an in-app resource; `undefined` when unknown. */
export function identityOf(model: LambdaModel, from: ModelResource, value: unknown): string | undefined {
  const text = stringValue(value);
  if (text !== undefined) return `literal:${text}`;
  const referenced = model.referenced(from, value);
  return referenced ? `resource:${referenced.key}` : undefined;
}

/** A readable name for a qualifier in messages. */
export function describeQualifier(qualifier: Qualifier): string {
  if (qualifier.key === '') return 'the unqualified function ($LATEST)';
  if (qualifier.version) return `version ${qualifier.version.path}`;
  if (qualifier.alias) return `alias ${qualifier.alias.path}`;
  return `'${qualifier.text}'`;
}

// ---- Simple single-property rules

/** A rule that checks one property of one resource type, value by value. */
export interface PropertyRuleSpec {
  readonly id: string;
  readonly severity?: Severity;
  readonly constraint: string;
  readonly source: string;
  readonly resourceType: string | string[];
  /** Dotted property path. */
  readonly property: string;
  readonly limit: string;
  readonly fix: string;
  /** True when a present value breaks the constraint; unknown values must return false. */
  violates(value: unknown, resource: ModelResource, context: RuleContext): boolean;
  /** Also check an absent property (for required properties). */
  readonly checkAbsent?: boolean;
}

export function propertyRule(spec: PropertyRuleSpec): Rule {
  const types = typeof spec.resourceType === 'string' ? [spec.resourceType] : spec.resourceType;
  // A present value is needed unless absence is checked too: read only the resources that set its top-level property.
  const requires = spec.checkAbsent ? undefined : [spec.property.split('.')[0]];
  return {
    id: spec.id,
    severity: spec.severity ?? Severity.ERROR,
    constraint: spec.constraint,
    source: spec.source,
    resourceTypes: types,
    check(context) {
      const findings: Finding[] = [];
      for (const resource of types.flatMap(type => context.model.ofTypeWith(type, requires))) {
        const value = pathValue(resource.properties, spec.property);
        if (value === undefined && !spec.checkAbsent) continue;
        if (spec.violates(value, resource, context)) {
          findings.push({ resource, property: spec.property, value, limit: spec.limit, fix: spec.fix });
        }
      }
      return findings;
    },
  };
}

/** True when a literal string is longer than `max` characters (or shorter than `min`). */
export function lengthOutside(value: unknown, max: number, min = 0): boolean {
  const text = stringValue(value);
  return text !== undefined && (text.length > max || text.length < min);
}

/** True when a literal string does not match `pattern`. */
export function mismatches(value: unknown, pattern: RegExp): boolean {
  const text = stringValue(value);
  return text !== undefined && !pattern.test(text);
}

/** True when a literal number lies outside `[min, max]` or is not whole. */
export function wholeNumberOutside(value: unknown, min: number, max: number): boolean {
  const number = numberValue(value);
  return number !== undefined && (number < min || number > max || !Number.isInteger(number));
}

/** The literal items of a list property (intrinsic items skipped), or `undefined` when the list is unknown. */
export function literalItems(value: unknown): string[] | undefined {
  const items = arrayValue(value);
  return items?.map(stringValue).filter((item): item is string => item !== undefined);
}

// ---- Async invocation destinations

/** The CloudFormation types of the destinations Lambda accepts, and the service each stands for. */
const DESTINATION_TYPES: Record<string, string> = {
  'AWS::SQS::Queue': 'sqs',
  'AWS::SNS::Topic': 'sns',
  'AWS::Lambda::Function': 'lambda',
  'AWS::Lambda::Version': 'lambda',
  'AWS::Lambda::Alias': 'lambda',
  'AWS::S3::Bucket': 's3',
  'AWS::Events::EventBus': 'events',
};

/** What a destination value names: its service (`sqs`, `sns`, `lambda`, `s3`, `events`, or another), and the in-app resource. */
export interface DestinationTarget {
  readonly service: string;
  readonly resource?: ModelResource;
  readonly arn?: string;
}

/** The destination a value names; `undefined` when it cannot be known (imports, parameters, custom resources). */
export function destinationTarget(model: LambdaModel, from: ModelResource, value: unknown): DestinationTarget | undefined {
  // A literal ARN, or one joined from literals and pseudo parameters (an imported queue's ARN): unknown parts read as \0.
  const joined = isIntrinsic(value) && ('Fn::Join' in (value as object) || 'Fn::Sub' in (value as object));
  const arn = joined ? arnText(value) : stringValue(value);
  if (arn !== undefined) {
    const parts = arn.split(':');
    if (parts[2]?.includes(UNKNOWN_PART)) return undefined;
    if (parts[0] !== 'arn' || parts.length < 6) return undefined;
    // Only event buses are EventBridge destinations; rules, archives and the like are not.
    const service = parts[2] === 'events' && !parts.slice(5).join(':').startsWith('event-bus/') ? 'events (not an event bus)' : parts[2];
    return { service, arn };
  }
  const resource = model.referenced(from, value);
  if (!resource || !resource.type.startsWith('AWS::') || resource.type.startsWith('AWS::CloudFormation::')) return undefined;
  return { service: DESTINATION_TYPES[resource.type] ?? resource.type, resource };
}

/** True when a destination is an SQS FIFO queue or SNS FIFO topic; `undefined` when unknown. */
export function isFifoDestination(target: DestinationTarget): boolean | undefined {
  if (target.arn !== undefined) return (target.service === 'sqs' || target.service === 'sns') && target.arn.endsWith('.fifo');
  const resource = target.resource!;
  const flag = resource.type === 'AWS::SQS::Queue' ? resource.properties.FifoQueue : resource.type === 'AWS::SNS::Topic' ? resource.properties.FifoTopic : false;
  if (flag === undefined || flag === false || flag === 'false') return false;
  return flag === true || flag === 'true' ? true : undefined;
}

const DESTINATION_PROPERTIES = [
  { side: 'OnSuccess', property: 'DestinationConfig.OnSuccess.Destination' },
  { side: 'OnFailure', property: 'DestinationConfig.OnFailure.Destination' },
] as const;

/** The destinations of an EventInvokeConfig: `[property, value]` for OnSuccess and OnFailure when set. */
export function invokeConfigDestinations(config: ModelResource): Array<{ side: 'OnSuccess' | 'OnFailure'; property: string; value: unknown }> {
  const destinations: Array<{ side: 'OnSuccess' | 'OnFailure'; property: string; value: unknown }> = [];
  for (const { side, property } of DESTINATION_PROPERTIES) {
    const value = pathValue(config.properties, property);
    if (value !== undefined) destinations.push({ side, property, value });
  }
  return destinations;
}

// ---- Permissions

/** True when a literal `Action` grants `lambda:<action>` (directly, or through `lambda:*` or `*`); `undefined` when unknown. */
export function grantsAction(value: unknown, action: string): boolean | undefined {
  const text = stringValue(value)?.toLowerCase();
  if (text === undefined) return undefined;
  return text === '*' || text === 'lambda:*' || text === `lambda:${action.toLowerCase()}`;
}

/** Every Permission with its target (undefined when unknown). */
export function permissionsWithTargets(model: LambdaModel): Array<{ resource: ModelResource; target?: FunctionTarget }> {
  return model.ofType('AWS::Lambda::Permission').map(resource => ({ resource, target: functionTarget(model, resource, resource.properties.FunctionName) }));
}

/** The key of a function and qualifier, for grouping. */
export function targetKey(target: FunctionTarget): string {
  return `${target.fn.key} ${target.qualifier.key}`;
}

/** The service ARNs of common CloudFormation types name (the ARN's third field). */
const ARN_SERVICE_OF_TYPE: Record<string, string> = {
  'AWS::SQS::Queue': 'sqs',
  'AWS::SNS::Topic': 'sns',
  'AWS::S3::Bucket': 's3',
  'AWS::Events::Rule': 'events',
  'AWS::Events::EventBus': 'events',
  'AWS::Logs::LogGroup': 'logs',
  'AWS::Scheduler::Schedule': 'scheduler',
  'AWS::IoT::TopicRule': 'iot',
  'AWS::ElasticLoadBalancingV2::TargetGroup': 'elasticloadbalancing',
  'AWS::Cognito::UserPool': 'cognito-idp',
  'AWS::SecretsManager::Secret': 'secretsmanager',
  'AWS::DynamoDB::Table': 'dynamodb',
  'AWS::Kinesis::Stream': 'kinesis',
  'AWS::StepFunctions::StateMachine': 'states',
};

/** Types whose `Ref` is their ARN (a queue's Ref is its URL, a bucket's or a function's its name). */
export const REF_IS_ARN = [
  'AWS::SNS::Topic', 'AWS::StepFunctions::StateMachine', 'AWS::ElasticLoadBalancingV2::TargetGroup', 'AWS::SecretsManager::Secret',
  'AWS::Lambda::Version', 'AWS::Lambda::Alias',
];

/** What synth can tell about an ARN value: its service and whether its account field is empty (S3 buckets). */
export interface ArnShape {
  readonly service?: string;
  readonly accountEmpty?: boolean;
}

const UNKNOWN_PART = '\u0000';

/** The shape of an ARN given literally, as `Fn::Join`/`Fn::Sub` of literals and pseudo parameters, or as a reference to an in-app resource. */
export function arnShape(model: LambdaModel, from: ModelResource, value: unknown): ArnShape | undefined {
  try {
    const referenced = isIntrinsic(value) && !('Fn::Join' in (value as object)) && !('Fn::Sub' in (value as object)) ? model.referenced(from, value) : undefined;
    if (referenced) {
      // A Ref is an ARN only for some types (a bucket's Ref is its name, a queue's its URL); a GetAtt must be an ARN attribute.
      const getAtt = (value as Record<string, unknown>)['Fn::GetAtt'];
      const attribute = Array.isArray(getAtt) ? String(getAtt[1]) : typeof getAtt === 'string' ? getAtt.split('.')[1] ?? '' : undefined;
      const isArn = attribute !== undefined ? attribute.endsWith('Arn') : REF_IS_ARN.includes(referenced.type);
      const service = ARN_SERVICE_OF_TYPE[referenced.type];
      return service && isArn ? { service, accountEmpty: service === 's3' } : undefined;
    }
    const text = arnText(value);
    if (text === undefined) return undefined;
    const parts = text.split(':');
    if (parts[0] !== 'arn' || parts.length < 6) return undefined;
    return {
      service: parts[2].includes(UNKNOWN_PART) ? undefined : parts[2],
      accountEmpty: parts[4].includes(UNKNOWN_PART) ? undefined : parts[4] === '',
    };
  } catch {
    return undefined;
  }
}

function arnText(value: unknown): string | undefined {
  const literal = stringValue(value);
  if (literal !== undefined) return literal;
  if (!isIntrinsic(value)) return undefined;
  const object = value as Record<string, unknown>;
  const ref = stringValue(object.Ref);
  if (ref !== undefined) return ref.startsWith('AWS::') ? ref.slice(5) : UNKNOWN_PART;
  const join = object['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    return join[1].map(part => arnText(part) ?? UNKNOWN_PART).join(join[0]);
  }
  const sub = object['Fn::Sub'];
  if (typeof sub === 'string') return sub.replace(/\$\{([^}]*)\}/g, (_, name: string) => name.startsWith('AWS::') ? name.slice(5) : UNKNOWN_PART);
  return UNKNOWN_PART;
}

/** The service a service principal names (`s3` for `s3.amazonaws.com`, `logs` for `logs.us-east-1.amazonaws.com`), or `undefined` for other principals. */
export function principalService(principal: unknown): string | undefined {
  const text = stringValue(principal);
  const match = text !== undefined ? /^([a-z0-9-]+)(\.[a-z0-9-]+)*\.(amazonaws\.com|amazonaws\.com\.cn|amazon\.com)$/.exec(text) : null;
  return match ? match[1] : undefined;
}

// ---- Resource schemas: property types and required properties

/** A property's type in a resource schema ([SCH-*]): CloudFormation also accepts numbers and booleans written as strings. */
export type SchemaType = 'string' | 'integer' | 'number' | 'boolean' | { readonly object: SchemaObject } | { readonly array: SchemaType };
/** The properties of a schema object; a leading `!` marks a required property (`'!FunctionName'`). */
export type SchemaObject = Record<string, SchemaType>;

/** The properties of each resource type a schema rule checks. */
export interface SchemaRuleSpec {
  readonly id: string;
  readonly constraint: string;
  readonly source: string;
  readonly schemas: Record<string, SchemaObject>;
}

const TYPE_WORDS: Record<Kind, string> = {
  string: 'a string', integer: 'a whole number', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list',
};

type Kind = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';

/**
 * A schema type read once, not for every value it checks: its kind, and for an object its properties (each one's
 * type, and the required ones, the `!` taken off), for a list its items' type.
 */
interface CompiledType {
  readonly kind: Kind;
  readonly properties?: Map<string, CompiledType>;
  readonly required?: readonly string[];
  readonly items?: CompiledType;
}

function compileObject(schema: SchemaObject): CompiledType {
  const entries = Object.entries(schema).map(([key, type]) => ({ name: key.replace(/^!/, ''), type: compileType(type), required: key.startsWith('!') }));
  return {
    kind: 'object',
    properties: new Map(entries.map(entry => [entry.name, entry.type])),
    required: entries.filter(entry => entry.required).map(entry => entry.name),
  };
}

function compileType(type: SchemaType): CompiledType {
  if (typeof type === 'string') return { kind: type };
  return 'object' in type ? compileObject(type.object) : { kind: 'array', items: compileType(type.array) };
}

/** True when a value that is no intrinsic has the kind's JSON type, as CloudFormation coerces it (`isObject`: a literal object). */
function hasKind(value: unknown, kind: Kind, isObject: boolean): boolean {
  switch (kind) {
    case 'string': return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    case 'integer': { const n = numberValue(value); return n !== undefined && Number.isInteger(n); }
    case 'number': return numberValue(value) !== undefined;
    case 'boolean': return booleanValue(value) !== undefined;
    case 'object': return isObject;
    default: return Array.isArray(value);
  }
}

/** A rule that reports missing required properties, unknown properties and values of the wrong type (the validator's F3003, F3002, F3012). */
export function schemaRule(spec: SchemaRuleSpec): Rule {
  const schemas = Object.entries(spec.schemas).map(([type, schema]) => ({ type, compiled: compileObject(schema) }));
  return {
    id: spec.id,
    severity: Severity.ERROR,
    constraint: spec.constraint,
    source: spec.source,
    resourceTypes: Object.keys(spec.schemas),
    check({ model }) {
      const findings: Finding[] = [];
      for (const { type, compiled } of schemas) {
        for (const resource of model.ofType(type)) {
          // Properties that could not be resolved read as {}: nothing can be said about them.
          if (!resource.resolvable) continue;
          checkObject(resource, resource.properties, compiled, '', findings, true);
        }
      }
      return findings;
    },
  };
}

/**
 * Checks the properties an object sets (a resource sets a few of the many its schema knows), then the required ones.
 * Paths are written out only for findings: most values are fine.
 */
function checkObject(
  resource: ModelResource, object: Record<string, unknown>, schema: CompiledType, prefix: string, findings: Finding[], topLevel: boolean,
) {
  for (const name of schema.required!) {
    if (object[name] === undefined) {
      findings.push({ resource, property: `${prefix}${name}`, value: undefined, limit: 'present (the resource schema requires it)', fix: `Set ${prefix}${name}.` });
    }
  }
  // Own keys only (for-in would also list what a library added to Object.prototype, as properties of every resource).
  const names = Object.keys(object);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const value = object[name];
    const type = schema.properties!.get(name);
    if (type !== undefined) {
      if (value !== undefined) checkValue(resource, value, type, prefix, name, findings);
    } else if (topLevel) {
      findings.push({
        resource, property: name, value,
        limit: `absent: ${resource.type} has no property ${name} (its properties: ${[...schema.properties!.keys()].join(', ')})`,
        fix: 'Check the spelling of the escape-hatch override.',
      });
    }
  }
}

/** Checks the value at `prefix` + `name` (an object's property, or a list's item: its index). */
function checkValue(resource: ModelResource, value: unknown, type: CompiledType, prefix: string, name: string | number, findings: Finding[]) {
  // Most values are strings and numbers: only an object can be an intrinsic.
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isObject && isIntrinsic(value)) return;
  if (!hasKind(value, type.kind, isObject)) {
    const path = `${prefix}${name}`;
    findings.push({ resource, property: path, value, limit: `${TYPE_WORDS[type.kind]} (the resource schema's type)`, fix: `Give ${path} ${TYPE_WORDS[type.kind]}.` });
  } else if (type.kind === 'object') {
    checkObject(resource, value as Record<string, unknown>, type, `${prefix}${name}.`, findings, false);
  } else if (type.kind === 'array') {
    const items = value as unknown[];
    for (let index = 0; index < items.length; index++) checkValue(resource, items[index], type.items!, `${prefix}${name}.`, index, findings);
  }
}
