import { Duration, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { AsyncDestination } from './async-destination';
import { recordPropertyNames } from '../validation/property-names';

/** What `configureAsyncInvocation` needs. */
export interface AsyncInvocationOptions {
  readonly function: lambda.Function;
  readonly alias: lambda.Alias;
  readonly policy: iam.ManagedPolicy;
  /** Where failures go (the created dead-letter queue when the user gave none). */
  readonly onFailure: AsyncDestination;
  readonly onSuccess?: AsyncDestination;
  readonly retryAttempts?: number;
  readonly maxEventAge?: Duration;
}

/**
 * One mechanism for failed asynchronous events, delivered exactly once.
 *
 * Lambda delivers a failed event to the function's dead-letter queue AND to the on-failure destination when both
 * are configured ("You can configure destinations in addition to or instead of a dead-letter queue",
 * https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionEventInvokeConfig.html, and
 * https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html). So the failure target is
 * wired one way only:
 * - a standard queue or topic is the function's DeadLetterConfig (it covers every version, the record format never
 *   changes when other async options are added): `failureGoesToDeadLetterQueue` is true;
 * - a function, an event bus or a bucket, which cannot be a dead-letter queue, is the OnFailure destination of
 *   the live alias's EventInvokeConfig, and the function has no DeadLetterConfig.
 */
export function failureGoesToDeadLetterQueue(onFailure: AsyncDestination): boolean {
  return onFailure._canBeDeadLetterQueue;
}

/** The EventInvokeConfig of the live alias, created only when an async option needs one. */
export function configureAsyncInvocation(scope: Construct, options: AsyncInvocationOptions): lambda.CfnEventInvokeConfig | undefined {
  const failureOnAlias = !failureGoesToDeadLetterQueue(options.onFailure);
  const needed = failureOnAlias || options.onSuccess !== undefined || options.retryAttempts !== undefined || options.maxEventAge !== undefined;
  if (!needed) return undefined;

  const aliasResource = options.alias.node.defaultChild as lambda.CfnAlias;
  // Written on the L1 (aws-cdk-lib's EventInvokeConfig throws on out-of-range values): LambdaLimits reports them at synth.
  const config = new lambda.CfnEventInvokeConfig(scope, 'AsyncInvokeConfig', {
    functionName: options.function.functionName,
    qualifier: options.alias.aliasName,
    maximumRetryAttempts: options.retryAttempts,
    maximumEventAgeInSeconds: options.maxEventAge?.toSeconds(),
    destinationConfig: failureOnAlias || options.onSuccess ? {
      onFailure: failureOnAlias ? { destination: options.onFailure._arn } : undefined,
      onSuccess: options.onSuccess ? { destination: options.onSuccess._arn } : undefined,
    } : undefined,
  });
  // The qualifier is the alias's name: the alias must exist first.
  config.addResourceDependency(aliasResource);
  recordPropertyNames(config, {
    MaximumRetryAttempts: 'retryAttempts',
    MaximumEventAgeInSeconds: 'maxEventAge',
    'DestinationConfig.OnSuccess.Destination': 'onSuccess',
    'DestinationConfig.OnFailure.Destination': 'onFailure',
  });

  if (failureOnAlias) {
    options.policy.addStatements(...options.onFailure._statements('DeliverFailedInvocations', options.policy));
    const reason = `Failed asynchronous invocations go to the live alias's on-failure destination (${options.onFailure._kind}), which records the error `
      + 'with the event; Lambda would deliver each failed event a second time to a dead-letter queue configured as well '
      + '(https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionEventInvokeConfig.html), and a function, event bus or bucket cannot be one.';
    Validations.of(options.function).acknowledge(...DEAD_LETTER_RULES.map(id => ({ id, reason })));
  } else {
    Validations.of(config).acknowledge({
      id: 'Serverless-LambdaAsyncFailureDestination',
      reason: `Failed asynchronous invocations go to the function's dead-letter ${options.onFailure._kind}; an on-failure destination as well `
        + 'would deliver each failed event twice (https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionEventInvokeConfig.html).',
    });
  }
  if (options.onSuccess) options.policy.addStatements(...options.onSuccess._statements('DeliverSuccessfulInvocations', options.policy));
  return config;
}

/** The cdk-nag rules that want a DeadLetterConfig on every function. */
const DEAD_LETTER_RULES = [
  'Serverless-LambdaDLQ',
  'HIPAA.Security-LambdaDLQ',
  'NIST.800.53.R5-LambdaDLQ',
];
