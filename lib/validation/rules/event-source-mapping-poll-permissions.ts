import { groupBy, LambdaModel, ModelResource } from '../model';
import { Severity } from '../rule';
import { arrayValue, objectValue, stringValue } from '../values';
import { actionCovers } from './iam-lookups';
import { describeSource, literalSkeleton, mappingFunction, mappingRule, SourceKind } from './event-source-lookups';

/** Lambda's guide to the execution role permissions each poller needs. */
const EXECUTION_ROLE_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html';

/** The actions the poller calls with the function's role, per source (a subset every grant includes). */
const REQUIRED: Partial<Record<SourceKind, string[]>> = {
  sqs: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
  kinesis: ['kinesis:GetRecords', 'kinesis:GetShardIterator'],
  dynamodb: ['dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
};

/** AWS managed policies a role may carry, with the source actions they allow (none for the logging/VPC ones). */
const AWS_MANAGED: Record<string, string[]> = {
  AWSLambdaBasicExecutionRole: [],
  AWSLambdaVPCAccessExecutionRole: [],
  AWSXRayDaemonWriteAccess: [],
  AWSLambdaSQSQueueExecutionRole: REQUIRED.sqs!,
  AWSLambdaKinesisExecutionRole: REQUIRED.kinesis!,
  AWSLambdaDynamoDBExecutionRole: REQUIRED.dynamodb!,
};

/** Resource-based policy types that could grant the role instead: their presence makes the answer unknown. */
const RESOURCE_POLICIES: Partial<Record<SourceKind, string[]>> = {
  sqs: ['AWS::SQS::QueuePolicy', 'AWS::SQS::QueueInlinePolicy'],
  kinesis: ['AWS::Kinesis::ResourcePolicy'],
  dynamodb: ['AWS::DynamoDB::ResourcePolicy'],
};

/** The Allow actions of a policy document, or undefined when any statement cannot be read. */
function allowedActions(document: unknown): string[] | undefined {
  const object = objectValue(document);
  if (!object) return undefined;
  const statements = arrayValue(object.Statement) ?? [object.Statement];
  const actions: string[] = [];
  for (const item of statements) {
    const statement = objectValue(item);
    if (!statement || statement.NotAction !== undefined) return undefined;
    if (statement.Effect === 'Deny') continue;
    for (const action of [statement.Action].flat()) {
      const text = stringValue(action);
      if (text === undefined) return undefined;
      actions.push(text);
    }
  }
  return actions;
}

const ATTACHED_POLICIES = new WeakMap<LambdaModel, Map<ModelResource | string, unknown[]>>();

/** The documents of the app's IAM policies and managed policies, by the role they attach to (its resource or literal name). */
function attachedPolicies(model: LambdaModel): Map<ModelResource | string, unknown[]> {
  let index = ATTACHED_POLICIES.get(model);
  if (!index) {
    const attachments = [...model.ofType('AWS::IAM::Policy'), ...model.ofType('AWS::IAM::ManagedPolicy')].flatMap(policy =>
      (arrayValue(policy.properties.Roles) ?? []).map(value => ({ role: model.referenced(policy, value) ?? stringValue(value), policy })));
    index = new Map([...groupBy(attachments, a => a.role)]
      .map(([role, list]) => [role, list.map(a => a.policy.properties.PolicyDocument)]));
    ATTACHED_POLICIES.set(model, index);
  }
  return index;
}

/** Every action the role's policies allow; undefined when some policy cannot be known. */
function roleActions(model: LambdaModel, role: ModelResource): string[] | undefined {
  const managed = role.properties.ManagedPolicyArns === undefined ? [] : arrayValue(role.properties.ManagedPolicyArns);
  if (!managed) return undefined;
  const documents: unknown[] = (arrayValue(role.properties.Policies) ?? []).map(policy => objectValue(policy)?.PolicyDocument);
  const actions: string[] = [];
  for (const arn of managed) {
    const referenced = model.referenced(role, arn);
    if (referenced?.type === 'AWS::IAM::ManagedPolicy') {
      documents.push(referenced.properties.PolicyDocument);
      continue;
    }
    const name = /^arn:[^:]*:iam::aws:policy\/(?:service-role\/)?([A-Za-z0-9]+)$/.exec(literalSkeleton(arn) ?? '')?.[1];
    if (name === undefined || AWS_MANAGED[name] === undefined) return undefined;
    actions.push(...AWS_MANAGED[name]);
  }
  const index = attachedPolicies(model);
  const roleName = stringValue(role.properties.RoleName);
  documents.push(...index.get(role) ?? [], ...(roleName !== undefined ? index.get(roleName) ?? [] : []));
  for (const document of documents) {
    const allowed = allowedActions(document);
    if (!allowed) return undefined;
    actions.push(...allowed);
  }
  return actions;
}

function allows(patterns: string[], action: string): boolean {
  // Grants name the action itself far more often than a wildcard: an equal string needs no pattern.
  return patterns.includes(action) || patterns.some(pattern => actionCovers(pattern, action));
}

/**
 * The function's execution role lets the poller read the source: without sqs:ReceiveMessage (etc.) the mapping cannot be
 * created (esm-poll-permissions). Checked only when every policy of a same-app role is known and no resource-based
 * policy in the app could grant the access instead; a warning, since policies can also come from outside the app.
 */
export const eventSourceMappingPollPermissions = mappingRule({
  id: 'LambdaKit.EventSourceMapping.PollPermissions',
  severity: Severity.WARNING,
  constraint: "The execution role of a mapping's function (a role of the app whose policies are all known) allows the actions the poller needs: sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes for SQS; GetRecords and GetShardIterator for Kinesis and DynamoDB streams.",
  source: EXECUTION_ROLE_DOC,
  problems(mapping, source, { model }) {
    const required = source && REQUIRED[source.kind];
    if (!source || !required || (RESOURCE_POLICIES[source.kind] ?? []).some(type => model.ofType(type).length > 0)) return [];
    const table = source.resource?.properties;
    if (table?.ResourcePolicy !== undefined || objectValue(table?.StreamSpecification)?.ResourcePolicy !== undefined) return [];
    const fn = mappingFunction(model, mapping);
    const role = fn && model.referenced(fn, fn.properties.Role);
    if (!fn || role?.type !== 'AWS::IAM::Role') return [];
    const actions = roleActions(model, role);
    const missing = actions && required.filter(action => !allows(actions, action));
    if (!missing || missing.length === 0) return [];
    return [{
      property: 'FunctionName',
      value: `function ${fn.path} with role ${role.path}`,
      limit: `a function whose execution role allows ${missing.join(', ')} (to poll ${describeSource(source)})`,
      fix: `Grant the role the poller's permissions (for example queue.grantConsumeMessages(fn), stream.grantRead(fn), table.grantStreamRead(fn)), or use the aws-lambda-event-sources classes, which grant them.`,
    }];
  },
});
