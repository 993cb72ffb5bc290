import { Duration, Names, Token, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { createFailureQueue } from './failure-queue';
import { sourceScopedAlias } from './source-scoped-alias';
import type { ServerlessFunction } from '../function/serverless-function';
import { propError } from '../private/prop-error';

/**
 * Options of an S3 trigger.
 */
export interface S3TriggerOptions {
  /**
   * The bucket events that invoke the function.
   *
   * @default [EventType.OBJECT_CREATED]
   */
  readonly events?: s3.EventType[];

  /**
   * Only objects whose key starts with this prefix.
   *
   * @default - every key
   */
  readonly prefix?: string;

  /**
   * Only objects whose key ends with this suffix.
   *
   * @default - every key
   */
  readonly suffix?: string;
}

/**
 * Options of an SNS trigger.
 */
export interface SnsTriggerOptions {
  /**
   * A queue for messages SNS could not deliver to the function after its retries (the subscription's redrive
   * policy). Failed invocations, once delivered, go to the function's own dead-letter target.
   *
   * @default - an SQS queue is created: SQS-managed encryption, SSL-only, 14 days retention, retained on delete
   * @see https://docs.aws.amazon.com/sns/latest/dg/sns-dead-letter-queues.html
   */
  readonly deadLetterQueue?: sqs.IQueue;
}

/**
 * Options of an EventBridge trigger.
 */
export interface EventBridgeTriggerOptions {
  /**
   * What the function receives.
   *
   * @default - the matched event
   */
  readonly input?: events.RuleTargetInput;

  /**
   * How many times EventBridge retries delivering an event to the function.
   *
   * @default 185 - EventBridge's default
   */
  readonly retryAttempts?: number;

  /**
   * How long EventBridge keeps retrying an event, 60 seconds to 24 hours.
   *
   * @default Duration.hours(24)
   */
  readonly maxEventAge?: Duration;

  /**
   * A queue for events EventBridge could not deliver to the function after its retries. Failed invocations, once
   * delivered, go to the function's own dead-letter target.
   *
   * @default - an SQS queue is created: SQS-managed encryption, SSL-only, 14 days retention, retained on delete
   * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html
   */
  readonly deadLetterQueue?: sqs.IQueue;
}

/**
 * Options of a schedule trigger.
 */
export interface ScheduleTriggerOptions extends EventBridgeTriggerOptions {
  /**
   * A description of the schedule rule.
   *
   * @default - none
   */
  readonly description?: string;
}

/**
 * Something that invokes a `ServerlessFunction` (push): an S3 bucket, an SNS topic, an EventBridge rule or a schedule.
 *
 * Each trigger invokes the live alias, and adds one resource-policy permission on it that names the invoking
 * service, the invoking resource (`SourceArn`) and its account (`SourceAccount`), and nothing broader.
 */
export class Trigger {
  /**
   * Invoke the function on object events of an S3 bucket.
   *
   * @example Trigger.s3(bucket, { prefix: 'uploads/', suffix: '.csv' })
   */
  public static s3(bucket: s3.IBucket, options: S3TriggerOptions = {}): Trigger {
    return new Trigger(fn => {
      // aws-cdk-lib's LambdaDestination sets SourceArn (the bucket) and SourceAccount (the bucket's stack account).
      const destination = new s3n.LambdaDestination(fn.alias);
      const filter: s3.NotificationKeyFilter = { prefix: options.prefix, suffix: options.suffix };
      const filters = options.prefix !== undefined || options.suffix !== undefined ? [filter] : [];
      for (const event of options.events ?? [s3.EventType.OBJECT_CREATED]) bucket.addEventNotification(event, destination, ...filters);
    });
  }

  /**
   * Subscribe the function to an SNS topic.
   *
   * @example Trigger.sns(topic)
   */
  public static sns(topic: sns.ITopic, options: SnsTriggerOptions = {}): Trigger {
    return new Trigger(fn => {
      const uniqueId = Names.nodeUniqueId(topic.node);
      fn.alias.addPermission(`AllowSns${uniqueId}`, {
        principal: new iam.ServicePrincipal('sns.amazonaws.com'),
        sourceArn: topic.topicArn,
        sourceAccount: topic.env.account,
      });
      const subscription = new sns.Subscription(fn, `SnsSubscription${uniqueId}`, {
        topic,
        protocol: sns.SubscriptionProtocol.LAMBDA,
        endpoint: fn.alias.functionArn,
        deadLetterQueue: options.deadLetterQueue
          ?? createFailureQueue(fn, `SnsDeadLetterQueue${uniqueId}`, 'the dead-letter queue of an SNS subscription of a function'),
      });
      Validations.of(subscription).acknowledge({
        id: 'CloudFormation-Validate::W3694',
        reason: 'The endpoint is the Ref of the live alias, which is the alias\'s qualified function ARN (function:name:alias); '
          + 'SNS invokes a Lambda endpoint by that ARN, so traffic goes through the alias like every other trigger.',
      });
    });
  }

  /**
   * Make the function a target of an EventBridge rule.
   *
   * A `Rule`, not an `IRule`: targets can only be added to a rule defined in the app.
   *
   * @example Trigger.eventBridgeRule(rule, { retryAttempts: 3 })
   */
  public static eventBridgeRule(rule: events.Rule, options: EventBridgeTriggerOptions = {}): Trigger {
    return new Trigger(fn => rule.addTarget(ruleTarget(fn, options, fn, `EventsDeadLetterQueue${Names.nodeUniqueId(rule.node)}`)));
  }

  /**
   * Invoke the function on a schedule (an EventBridge rule with a schedule expression, defined in the function's scope).
   *
   * @example Trigger.schedule(events.Schedule.rate(Duration.minutes(5)))
   */
  public static schedule(schedule: events.Schedule, options: ScheduleTriggerOptions = {}): Trigger {
    return new Trigger(fn => {
      // The expression names the rule, so that adding or reordering schedules keeps every logical id.
      const rule = new events.Rule(fn, `Schedule ${schedule.expressionString.replace(/\//g, '|')}`, {
        schedule,
        description: options.description,
      });
      rule.addTarget(ruleTarget(fn, options, rule, 'DeadLetterQueue'));
    });
  }

  private constructor(private readonly bindTo: (fn: ServerlessFunction) => void) {}

  /** @internal */
  public _bind(fn: ServerlessFunction): void {
    this.bindTo(fn);
  }
}

/** The rule target of the live alias; `queueScope` and `queueId` define the dead-letter queue when none is given. */
function ruleTarget(fn: ServerlessFunction, options: EventBridgeTriggerOptions, queueScope: Construct, queueId: string): events.IRuleTarget {
  const errors = retryPolicyErrors(queueScope, options);
  if (errors.length > 0) queueScope.node.addValidation({ validate: () => errors });
  // aws-cdk-lib's target sets SourceArn (the rule) only; the alias view adds SourceAccount (the rule's account).
  return new targets.LambdaFunction(sourceScopedAlias(fn.alias), {
    event: options.input,
    // Invalid values are reported at synth with every other problem (toSeconds would throw on a fraction at once).
    retryAttempts: errors.length > 0 ? undefined : options.retryAttempts,
    maxEventAge: errors.length > 0 ? undefined : options.maxEventAge,
    deadLetterQueue: options.deadLetterQueue
      ?? createFailureQueue(queueScope, queueId, 'the dead-letter queue of an EventBridge target that is a function'),
  });
}

const RETRY_POLICY_DOC = 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_RetryPolicy.html';
const MAX_RETRY_ATTEMPTS = 185;
const MIN_EVENT_AGE_SECONDS = 60;
const MAX_EVENT_AGE_SECONDS = 86_400;

/** EventBridge's retry-policy limits, in LambdaLimits's message format (no L1 rule covers AWS::Events::Rule targets). */
function retryPolicyErrors(scope: Construct, options: EventBridgeTriggerOptions): string[] {
  const errors: string[] = [];
  const retries = options.retryAttempts;
  if (retries !== undefined && !Token.isUnresolved(retries) && !(Number.isInteger(retries) && retries >= 0 && retries <= MAX_RETRY_ATTEMPTS)) {
    errors.push(propError(scope, 'RetryAttempts', 'retryAttempts', `a whole number from 0 to ${MAX_RETRY_ATTEMPTS}`, String(retries),
      'Choose a number of retries in that range.', RETRY_POLICY_DOC, 'Trigger'));
  }
  const age = options.maxEventAge?.toSeconds({ integral: false });
  if (age !== undefined && !Token.isUnresolved(age) && !(Number.isInteger(age) && age >= MIN_EVENT_AGE_SECONDS && age <= MAX_EVENT_AGE_SECONDS)) {
    errors.push(propError(scope, 'MaxEventAge', 'maxEventAge',
      `a whole number of seconds from ${MIN_EVENT_AGE_SECONDS} to ${MAX_EVENT_AGE_SECONDS.toLocaleString('en-US')} (24 hours)`, `${age} s`,
      'Choose an age in that range.', RETRY_POLICY_DOC, 'Trigger'));
  }
  return errors;
}
