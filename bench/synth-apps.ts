/**
 * The apps the synth benchmark compares: N functions, each with a canary deployment, an SQS event source, async
 * destinations (on success a topic, on failure a queue) and a function URL, written
 * - with `ServerlessFunction` (`kit`: as users get it, LambdaLimits included; `kit-no-limits`: its LambdaLimits aspect
 *   removed, to price the construct alone and LambdaLimits alone), or
 * - by hand with aws-cdk-lib L2s (`hand`; the alarm topic's key is the library's `CustomerManagedKey`, a `kms.Key`
 *   with the policy the compliance rules require), creating the same resources: a role and a customer-managed policy,
 *   a log group, the function, a retained version, the live alias, the async invoke config on the alias, the URL,
 *   the SQS mapping on the alias, the alarm topic with its KMS key, two alarms, and CodeDeploy's application,
 *   deployment group, role and policy.
 * `resourceTypesPerFunction` lets the benchmark check that the variants create the same resources.
 */
import { App, Aspects, Duration, RemovalPolicy, Size, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as cxapi from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import { benchApp } from './harness';
import { AsyncDestination, CustomerManagedKey, Deployment, EventSource, LambdaLimits, ServerlessFunction } from '../lib';

export const SYNTH_VARIANTS = ['kit', 'kit-no-limits', 'hand'] as const;
export type SynthVariant = typeof SYNTH_VARIANTS[number];

/** 18 resources per function plus 4 for its source queue and that queue's dead-letter queue: 440 + 4 per stack. */
export const FUNCTIONS_PER_STACK = 20;

const ENV = { account: '123456789012', region: 'us-east-1' };
const TIMEOUT = Duration.seconds(30);

/** What each function is given, the same in every variant (plain aws-cdk-lib). */
interface FunctionInputs {
  readonly source: sqs.IQueue;
  readonly succeeded: sns.ITopic;
  readonly failed: sqs.IQueue;
}

/** An app of `functions` functions written as `variant`, spread over stacks of FUNCTIONS_PER_STACK. */
export function buildSynthApp(variant: SynthVariant, functions: number): App {
  const app = benchApp('synth-bench');
  let stack: Stack | undefined;
  let succeeded: sns.ITopic | undefined;
  let failed: sqs.IQueue | undefined;
  for (let i = 0; i < functions; i++) {
    if (i % FUNCTIONS_PER_STACK === 0) {
      stack = new Stack(app, `Service${i / FUNCTIONS_PER_STACK}`, { env: ENV });
      // One success topic and one failure queue per stack, shared by its functions.
      succeeded = new sns.Topic(stack, 'Succeeded', { enforceSSL: true });
      failed = new sqs.Queue(stack, 'Failed', { enforceSSL: true, encryption: sqs.QueueEncryption.SQS_MANAGED });
    }
    const deadLetters = new sqs.Queue(stack!, `Jobs${i}Dlq`, { enforceSSL: true, encryption: sqs.QueueEncryption.SQS_MANAGED });
    const source = new sqs.Queue(stack!, `Jobs${i}`, {
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      visibilityTimeout: Duration.seconds(180),
      deadLetterQueue: { queue: deadLetters, maxReceiveCount: 5 },
    });
    const inputs = { source, succeeded: succeeded!, failed: failed! };
    const code = lambda.Code.fromInline(`exports.handler = async () => ${i};`);
    if (variant === 'hand') {
      handWrittenFunction(stack!, `Fn${i}`, code, inputs);
    } else {
      const fn = kitFunction(stack!, `Fn${i}`, code, inputs);
      if (variant === 'kit-no-limits') removeLambdaLimits(fn);
    }
  }
  return app;
}

function kitFunction(scope: Construct, id: string, code: lambda.Code, inputs: FunctionInputs): ServerlessFunction {
  return new ServerlessFunction(scope, id, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code,
    timeout: TIMEOUT,
    deployment: Deployment.canary({ percent: 10, interval: Duration.minutes(5) }),
    eventSources: [EventSource.sqs(inputs.source, { batchSize: 10 })],
    onSuccess: AsyncDestination.fromTopic(inputs.succeeded),
    onFailure: AsyncDestination.fromQueue(inputs.failed),
    url: {},
  });
}

/**
 * ServerlessFunction applies LambdaLimits to itself and has no option to turn it off: take the aspect out of its
 * list (aws-cdk-lib has no public removal; `_appliedAspects` is the list `Aspects.add` appends to).
 */
function removeLambdaLimits(fn: ServerlessFunction): void {
  const applied = (Aspects.of(fn) as unknown as { _appliedAspects: Array<{ aspect: unknown }> })._appliedAspects;
  const index = applied.findIndex(application => application.aspect instanceof LambdaLimits);
  if (index < 0) throw new Error(`No LambdaLimits aspect on ${fn.node.path}: the kit-no-limits variant needs updating`);
  applied.splice(index, 1);
}

/**
 * The same function written with aws-cdk-lib alone. The roles are handed to the L2s without policy updates, and
 * the policies list their statements, so that the permissions sit in one customer-managed policy per role as in
 * ServerlessFunction (with mutable roles aws-cdk-lib would add an inline DefaultPolicy and an AWS managed policy).
 */
function handWrittenFunction(stack: Stack, id: string, code: lambda.Code, inputs: FunctionInputs): void {
  const scope = new Construct(stack, id);
  const role = new iam.Role(scope, 'ServiceRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: `Execution role of ${scope.node.path}`,
  });
  const logGroup = new logs.LogGroup(scope, 'LogGroup', { retention: logs.RetentionDays.ONE_YEAR, removalPolicy: RemovalPolicy.RETAIN });
  const policy = new iam.ManagedPolicy(scope, 'ExecutionPolicy', {
    roles: [role],
    statements: [
      new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [inputs.failed.queueArn] }),
      // X-Ray has no resource-level permissions.
      new iam.PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] }),
      new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }),
      new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [inputs.succeeded.topicArn] }),
      new iam.PolicyStatement({
        actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], resources: [inputs.source.queueArn],
      }),
    ],
  });
  const fn = new lambda.Function(scope, 'Function', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code,
    memorySize: 512,
    timeout: TIMEOUT,
    architecture: lambda.Architecture.ARM_64,
    ephemeralStorageSize: Size.mebibytes(512),
    tracing: lambda.Tracing.ACTIVE,
    logGroup,
    loggingFormat: lambda.LoggingFormat.JSON,
    role: role.withoutPolicyUpdates(),
    deadLetterQueue: inputs.failed,
    currentVersionOptions: { removalPolicy: RemovalPolicy.RETAIN },
  });
  fn.node.addDependency(policy);

  const alias = new lambda.Alias(scope, 'LiveAlias', { aliasName: 'live', version: fn.currentVersion });
  alias.configureAsyncInvoke({ onSuccess: new destinations.SnsDestination(inputs.succeeded) });
  alias.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM, invokeMode: lambda.InvokeMode.BUFFERED });
  alias.addEventSource(new SqsEventSource(inputs.source, { batchSize: 10, reportBatchItemFailures: true }));

  const key = new CustomerManagedKey(scope, 'AlarmTopicKey', { description: `Encrypts the deployment alarm topic of ${scope.node.path}` });
  key.addToResourcePolicy(new iam.PolicyStatement({
    principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
    actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
    resources: ['*'],
    conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
  }));
  const alarmTopic = new sns.Topic(scope, 'AlarmTopic', { displayName: `Deployment alarms of ${scope.node.path}`, masterKey: key, enforceSSL: true });
  const oneMinute = { period: Duration.minutes(1), statistic: cloudwatch.Stats.SUM };
  const alarmProps = {
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  };
  const alarms = [
    alias.metricErrors(oneMinute).createAlarm(scope, 'ErrorsAlarm', { ...alarmProps, alarmDescription: `Errors of ${alias.node.path}` }),
    alias.metricThrottles(oneMinute).createAlarm(scope, 'ThrottlesAlarm', { ...alarmProps, alarmDescription: `Throttles of ${alias.node.path}` }),
  ];
  alarms.forEach(alarm => alarm.addAlarmAction(new cloudwatchActions.SnsAction(alarmTopic)));

  const deploymentRole = new iam.Role(scope, 'DeploymentRole', {
    assumedBy: new iam.ServicePrincipal('codedeploy.amazonaws.com'),
    description: `CodeDeploy role of ${scope.node.path}`,
  });
  new iam.ManagedPolicy(scope, 'DeploymentPolicy', {
    roles: [deploymentRole],
    statements: [
      new iam.PolicyStatement({
        actions: ['lambda:GetAlias', 'lambda:UpdateAlias', 'lambda:GetProvisionedConcurrencyConfig'], resources: [alias.functionArn],
      }),
      new iam.PolicyStatement({ actions: ['cloudwatch:DescribeAlarms'], resources: alarms.map(alarm => alarm.alarmArn) }),
    ],
  });
  new codedeploy.LambdaDeploymentGroup(scope, 'DeploymentGroup', {
    alias,
    deploymentConfig: codedeploy.LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES,
    alarms,
    role: deploymentRole.withoutPolicyUpdates(),
    autoRollback: { failedDeployment: true, stoppedDeployment: true, deploymentInAlarm: true },
  });
}

/**
 * How many resources of each type one function's construct creates (its inputs and the per-stack topic and queue
 * are not counted), averaged over the functions of the assembly: the variants must agree for the comparison to be fair.
 */
export function resourceTypesPerFunction(assembly: cxapi.CloudAssembly, functions: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const stack of assembly.stacks) {
    for (const [logicalId, resource] of Object.entries<{ Type: string }>(stack.template.Resources ?? {})) {
      // Logical ids start with the construct ids on the path: `Fn12ServiceRole...`, `Fn12LiveAliasSqsEventSource...`.
      if (!/^Fn\d+[A-Z]/.test(logicalId)) continue;
      counts[resource.Type] = (counts[resource.Type] ?? 0) + 1;
    }
  }
  const perFunction: Record<string, number> = {};
  for (const type of Object.keys(counts).sort()) perFunction[type] = counts[type] / functions;
  return perFunction;
}
