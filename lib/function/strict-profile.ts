import { Stack, Token } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { ServerlessFunctionProps } from './serverless-function';
import { AsyncDestination } from '../destinations/async-destination';
import { propError } from '../private/prop-error';
import { DESTINATIONS_DOC, RESERVED_CONCURRENCY_DOC, VPC_DOC } from '../validation/limits';

/** Rule ids read `LambdaKit.Compliance.<Rule>`. */
const AREA = 'Compliance';
const UNDER_STRICT = 'under ComplianceProfile.STRICT';
const CONTROL_TOWER_LAMBDA_DOC = 'https://docs.aws.amazon.com/controltower/latest/controlreference/lambda-rules.html';
/** PCI DSS 10.7 keeps audit trails at least a year; a finite retention is what the packs' CloudWatchLogGroupRetentionPeriod checks. */
const MIN_LOG_RETENTION_DAYS = logs.RetentionDays.ONE_YEAR;

/**
 * Every prop a function under `ComplianceProfile.STRICT` lacks, one message each, in LambdaLimits's format.
 * Called at synth (lazily), so environment variables added after construction count too.
 */
export function strictProfileErrors(scope: Construct, props: ServerlessFunctionProps, cfnFunction: lambda.CfnFunction): string[] {
  const errors: string[] = [];
  const missing = (rule: string, prop: string, limit: string, value: string, fix: string, doc: string) =>
    errors.push(propError(scope, rule, prop, `${limit} ${UNDER_STRICT}`, value, fix, doc, AREA));

  if (!props.vpc) {
    missing('Vpc', 'vpc', 'set',
      'none (HIPAA.Security, NIST.800.53.R4/R5 and PCI.DSS.321 LambdaInsideVPC, Control Tower CT.LAMBDA.PR.3: the function must run in your VPC)',
      'Pass `vpc` with private or isolated subnets, and VPC endpoints for the AWS services the function calls.',
      VPC_DOC);
  }
  if (props.allowPublicSubnet === true) {
    missing('PublicSubnet', 'allowPublicSubnet', 'false', 'true (a regulated workload keeps its network interfaces off subnets routed to the internet)',
      'Remove `allowPublicSubnet` and select private or isolated subnets with `vpcSubnets`.',
      VPC_DOC);
  }
  const reserved = props.reservedConcurrentExecutions;
  if (reserved === undefined || (!Token.isUnresolved(reserved) && reserved < 1)) {
    missing('ReservedConcurrency', 'reservedConcurrentExecutions', 'at least 1',
      `${reserved ?? 'none'} (HIPAA.Security and NIST.800.53.R5 LambdaConcurrency: a bounded function cannot exhaust the account's concurrency, nor be starved by another)`,
      "Set `reservedConcurrentExecutions` to the function's peak concurrency.",
      RESERVED_CONCURRENCY_DOC);
  }
  if (!props.logEncryptionKey) {
    missing('LogEncryption', 'logEncryptionKey', 'a customer-managed KMS key',
      'none (HIPAA.Security, NIST.800.53.R4/R5 and PCI.DSS.321 CloudWatchLogGroupEncrypted, Control Tower CT.CLOUDWATCH.PR.3)',
      'Pass `logEncryptionKey` (a key defined in this app gets the CloudWatch Logs statement in its key policy).',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html');
  }
  const retention = props.logRetention;
  if (retention !== undefined && (retention === logs.RetentionDays.INFINITE || retention < MIN_LOG_RETENTION_DAYS)) {
    missing('LogRetention', 'logRetention', 'finite and at least one year',
      `${logs.RetentionDays[retention] ?? retention} (PCI DSS 10.7 keeps audit logs a year; the packs' CloudWatchLogGroupRetentionPeriod needs a finite retention)`,
      'Use RetentionDays.ONE_YEAR (the default) or longer, but not INFINITE.',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention');
  }
  if (!props.environmentEncryption && hasEnvironment(props, cfnFunction)) {
    missing('EnvironmentEncryption', 'environmentEncryption', 'a customer-managed KMS key when the function has environment variables',
      'none (Lambda encrypts them with its AWS managed key, whose use you can neither restrict nor audit per function)',
      'Pass `environmentEncryption`; the execution role gets kms:Decrypt on that key only.',
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html');
  }
  checkFailureCapture(props, missing);
  const tracing = props.tracing;
  if (tracing !== undefined && tracing !== lambda.Tracing.ACTIVE) {
    missing('Tracing', 'tracing', 'Tracing.ACTIVE', `${tracing} (Serverless LambdaTracing: each request is traced for the audit trail)`,
      'Remove `tracing` (ACTIVE is the default).', 'https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html');
  }
  if (props.url?.authType === lambda.FunctionUrlAuthType.NONE) {
    missing('PublicUrl', 'url.authType', 'AWS_IAM',
      'NONE (HIPAA.Security, NIST.800.53.R4/R5 and PCI.DSS.321 LambdaFunctionPublicAccessProhibited, Control Tower CT.LAMBDA.PR.2 and CT.LAMBDA.PR.5; even with `url.allowPublicAccess`)',
      'Keep AWS_IAM and grant callers with grantInvokeUrl, or put CloudFront in front with urlOrigin().', CONTROL_TOWER_LAMBDA_DOC);
  }
  if (props.url?.cors?.allowedOrigins?.includes('*')) {
    missing('UrlCorsAnyOrigin', 'url.cors.allowedOrigins', "a list of origins without '*'",
      "'*' (Control Tower CT.LAMBDA.PR.6: a function URL's CORS policy must not allow every origin)",
      "List the callers' origins, such as 'https://app.example.com'.", CONTROL_TOWER_LAMBDA_DOC);
  }
  if (props.keepVersions !== undefined) {
    missing('KeepVersions', 'keepVersions', 'unset', `${props.keepVersions} (its version-cleanup function would run outside your VPC, unbounded and with AWS managed keys)`,
      'Remove `keepVersions`; delete old versions from your pipeline instead.', 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html');
  }
  return errors;
}

type Missing = (rule: string, prop: string, limit: string, value: string, fix: string, doc: string) => void;

/** Failed (and recorded successful) events carry the invocation's payload: they stay under a customer-managed key. */
function checkFailureCapture(props: ServerlessFunctionProps, missing: Missing): void {
  const why = 'failed events carry the invocation payload; under a customer-managed key, reading them needs a key grant you control and CloudTrail records';
  if (!props.onFailure && !props.deadLetterQueueEncryptionKey) {
    missing('DeadLetterQueueEncryption', 'deadLetterQueueEncryptionKey', 'a customer-managed KMS key for the dead-letter queue this construct creates',
      `none (${why})`, 'Pass `deadLetterQueueEncryptionKey`, or an `onFailure` queue or topic encrypted with your key.',
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html');
  }
  for (const [prop, destination] of [['onFailure', props.onFailure], ['onSuccess', props.onSuccess]] as const) {
    if (destination && unencryptedQueueOrTopic(destination)) {
      missing('DestinationEncryption', prop, 'a queue or topic encrypted with a customer-managed KMS key',
        `${destination._kind} without one (${why})`,
        'Create the queue or topic with `encryptionMasterKey` / `masterKey` (or import it with its key), or use an event bus, a function or a bucket.',
        DESTINATIONS_DOC);
    }
  }
}

function unencryptedQueueOrTopic(destination: AsyncDestination): boolean {
  return (destination.queue !== undefined || destination.topic !== undefined) && destination._encryption === undefined;
}

function hasEnvironment(props: ServerlessFunctionProps, cfnFunction: lambda.CfnFunction): boolean {
  if (Object.keys(props.environment ?? {}).length > 0) return true;
  // aws-cdk-lib renders the variables lazily: resolving sees those added with addEnvironment after construction.
  const environment = Stack.of(cfnFunction).resolve(cfnFunction.environment);
  return Object.keys(environment?.variables ?? {}).length > 0;
}
