/**
 * Shared helpers of the event-source family (event source mappings, CodeDeploy, Lambda@Edge, templates, IAM).
 *
 * `mappingSource` classifies what an `AWS::Lambda::EventSourceMapping` reads from: a same-app queue, stream or
 * table (followed with `model.referenced`), or a literal ARN parsed by service (also the `Fn::Join` shapes whose
 * service part is literal). Functions are found with the versioning family's `functionTarget`.
 */
import { perModel } from '../model';
import type { LambdaModel, ModelResource } from '../model';
import { Finding, Rule, RuleContext, Severity } from '../rule';
import { booleanValue, isIntrinsic, numberValue, pathValue, stringValue } from '../values';
import { functionTarget } from './versioning-lookups';

export const ESM_TYPE = 'AWS::Lambda::EventSourceMapping';

/** What a mapping reads from. */
export type SourceKind = 'sqs' | 'kinesis' | 'dynamodb' | 'msk' | 'self-managed-kafka' | 'mq' | 'docdb';

export interface MappingSource {
  readonly kind: SourceKind;
  /** For SQS: true for a FIFO queue, false for a standard one, undefined when unknown. */
  readonly fifo?: boolean;
  /** The same-app resource the mapping reads from, when there is one. */
  readonly resource?: ModelResource;
}

/** `a Kinesis stream`: how messages name a source. */
export function describeSource(source: MappingSource): string {
  switch (source.kind) {
    case 'sqs': return source.fifo ? 'an SQS FIFO queue' : 'an SQS queue';
    case 'kinesis': return 'a Kinesis stream';
    case 'dynamodb': return 'a DynamoDB stream';
    case 'msk': return 'an Amazon MSK cluster';
    case 'self-managed-kafka': return 'a self-managed Kafka cluster';
    case 'mq': return 'an Amazon MQ broker';
    case 'docdb': return 'a DocumentDB change stream';
  }
}

export const STREAM_KINDS: SourceKind[] = ['kinesis', 'dynamodb'];
export const KAFKA_KINDS: SourceKind[] = ['msk', 'self-managed-kafka'];

const RESOURCE_KINDS: Record<string, SourceKind> = {
  'AWS::SQS::Queue': 'sqs',
  'AWS::Kinesis::Stream': 'kinesis',
  'AWS::Kinesis::StreamConsumer': 'kinesis',
  'AWS::DynamoDB::Table': 'dynamodb',
  'AWS::DynamoDB::GlobalTable': 'dynamodb',
  'AWS::MSK::Cluster': 'msk',
  'AWS::MSK::ServerlessCluster': 'msk',
  'AWS::AmazonMQ::Broker': 'mq',
  'AWS::DocDB::DBCluster': 'docdb',
};

/**
 * The text of a value with every unknown part replaced by `\u0000`: `arn:\u0000:sqs:...` for
 * `{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sqs:...']] }`. `undefined` for other intrinsics.
 */
export function literalSkeleton(value: unknown): string | undefined {
  const text = stringValue(value);
  if (text !== undefined) return text;
  const join = isIntrinsic(value) ? (value as Record<string, unknown>)['Fn::Join'] : undefined;
  if (!Array.isArray(join) || typeof join[0] !== 'string' || !Array.isArray(join[1])) return undefined;
  return (join[1] as unknown[]).map(part => literalSkeleton(part) ?? '\u0000').join(join[0]);
}

const ARN = /^arn:[^:]*:([a-z0-9-]+):[^:]*:[^:]*:(.*)$/;

/** A source known from a literal (or partly literal) ARN. */
function sourceFromArn(arn: string, properties: Record<string, unknown>): MappingSource | undefined {
  const match = ARN.exec(arn);
  if (!match) return undefined;
  const [, service, rest] = match;
  switch (service) {
    case 'sqs': return { kind: 'sqs', fifo: rest.includes('\u0000') ? undefined : rest.endsWith('.fifo') };
    case 'kinesis': return { kind: 'kinesis' };
    case 'dynamodb': return { kind: 'dynamodb' };
    case 'kafka': return { kind: 'msk' };
    case 'mq': return { kind: 'mq' };
    // DocumentDB cluster ARNs use the rds service prefix.
    case 'rds': return properties.DocumentDBEventSourceConfig !== undefined || rest.startsWith('cluster:') ? { kind: 'docdb' } : undefined;
    default: return undefined;
  }
}

function queueIsFifo(queue: ModelResource): boolean | undefined {
  const fifo = queue.properties.FifoQueue;
  if (fifo !== undefined) return booleanValue(fifo);
  const name = queue.properties.QueueName;
  if (name === undefined) return false;
  const text = stringValue(name);
  return text === undefined ? undefined : text.endsWith('.fifo');
}

/** What a mapping reads from; `undefined` when that cannot be known. Every mapping rule asks: answered once per mapping. */
export const mappingSource = perModel(classifyMappingSource);

function classifyMappingSource(model: LambdaModel, mapping: ModelResource): MappingSource | undefined {
  try {
    const properties = mapping.properties;
    const arnValue = properties.EventSourceArn;
    if (arnValue === undefined) {
      if (properties.SelfManagedEventSource !== undefined) return { kind: 'self-managed-kafka' };
      return undefined;
    }
    const referenced = model.referenced(mapping, arnValue);
    if (referenced) {
      const kind = RESOURCE_KINDS[referenced.type];
      if (!kind) return undefined;
      return { kind, resource: referenced, fifo: kind === 'sqs' ? queueIsFifo(referenced) : undefined };
    }
    const skeleton = literalSkeleton(arnValue);
    if (skeleton !== undefined) {
      const source = sourceFromArn(skeleton, properties);
      if (source) return source;
    }
    // Properties only one kind of source takes.
    if (properties.Queues !== undefined) return { kind: 'mq' };
    if (properties.DocumentDBEventSourceConfig !== undefined) return { kind: 'docdb' };
    if (properties.AmazonManagedKafkaEventSourceConfig !== undefined) return { kind: 'msk' };
    return undefined;
  } catch {
    return undefined;
  }
}

/** The same-app function a mapping invokes, when known. */
export function mappingFunction(model: LambdaModel, mapping: ModelResource): ModelResource | undefined {
  return functionTarget(model, mapping, mapping.properties.FunctionName)?.fn.resource;
}

/** One problem found on a mapping, before it becomes a Finding. */
export interface MappingProblem {
  readonly property: string;
  readonly value: unknown;
  readonly limit: string;
  readonly fix: string;
  readonly severity?: Severity;
}

/** A rule over every event source mapping, with its source classified. */
export interface MappingRuleSpec {
  readonly id: string;
  readonly severity?: Severity;
  readonly constraint: string;
  readonly source: string;
  /**
   * The top-level properties without which the rule has nothing to say about a mapping: it reads only the mappings
   * that set one of them (`model.ofTypeWith`).
   *
   * @default - the rule reads every mapping
   */
  readonly requires?: readonly string[];
  /** Problems of one mapping; `source` is undefined when the source cannot be known. */
  problems(mapping: ModelResource, source: MappingSource | undefined, context: RuleContext): MappingProblem[];
}

export function mappingRule(spec: MappingRuleSpec): Rule {
  return {
    id: spec.id,
    severity: spec.severity ?? Severity.ERROR,
    constraint: spec.constraint,
    source: spec.source,
    resourceTypes: [ESM_TYPE],
    check(context) {
      const findings: Finding[] = [];
      for (const mapping of context.model.ofTypeWith(ESM_TYPE, spec.requires)) {
        const source = mappingSource(context.model, mapping);
        for (const problem of spec.problems(mapping, source, context)) findings.push({ resource: mapping, ...problem });
      }
      return findings;
    },
  };
}

/**
 * The parameters of `names` a mapping sets although its source does not take them
 * (checked only when the source is known and not in `allowed`).
 */
export function refusedParameters(
  mapping: ModelResource, source: MappingSource | undefined, names: string[], allowed: SourceKind[], supported: string,
): MappingProblem[] {
  if (!source || allowed.includes(source.kind)) return [];
  return names.filter(name => pathValue(mapping.properties, name) !== undefined).map(name => ({
    property: name,
    value: pathValue(mapping.properties, name),
    limit: `absent for ${describeSource(source)} (it applies to ${supported} only)`,
    fix: `Remove ${name} from this mapping.`,
  }));
}

/** True when a literal number lies outside `[min, max]` or is not whole. */
export function outsideWholeRange(value: unknown, min: number, max: number): boolean {
  const number = numberValue(value);
  return number !== undefined && (number < min || number > max || !Number.isInteger(number));
}

/** A rule for one top-level mapping property whose literal values `violates` rejects. */
export function mappingPropertyRule(
  id: string, source: string, property: string, limit: string, fix: string, violates: (value: unknown) => boolean,
): Rule {
  return mappingRule({
    id,
    constraint: `${property} is ${limit}.`,
    source,
    requires: [property],
    problems(mapping) {
      const value = mapping.properties[property];
      return violates(value) ? [{ property, value, limit, fix }] : [];
    },
  });
}
