import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { IConstruct } from 'constructs';
import { keyWriteStatement, KeyService } from '../iam/kms-via-service';

/**
 * Where Lambda sends the record of an asynchronous invocation: a standard SQS queue, a standard SNS topic,
 * another Lambda function, an EventBridge event bus, or (for failures only) an S3 bucket.
 *
 * The execution role is granted exactly one action on exactly this target (`sqs:SendMessage`, `sns:Publish`,
 * `lambda:InvokeFunction`, `events:PutEvents`, `s3:PutObject`), plus `kms:GenerateDataKey` and `kms:Decrypt`
 * on its customer-managed key when it has one. FIFO queues and topics, and a bucket on success, are reported by
 * LambdaLimits at synth: Lambda drops records sent to them silently.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html
 */
export class AsyncDestination {
  /**
   * A standard SQS queue.
   *
   * @example AsyncDestination.fromQueue(failedOrders)
   */
  public static fromQueue(queue: sqs.IQueue): AsyncDestination {
    return new AsyncDestination('SQS queue', queue.queueArn, ['sqs:SendMessage'], queue.queueArn, encryptedWith(queue.encryptionMasterKey, 'sqs'), { queue });
  }

  /** A standard SNS topic. */
  public static fromTopic(topic: sns.ITopic): AsyncDestination {
    return new AsyncDestination('SNS topic', topic.topicArn, ['sns:Publish'], topic.topicArn, encryptedWith(topic.masterKey, 'sns'), { topic });
  }

  /** Another Lambda function (or one of its aliases or versions): it is invoked with the invocation record. */
  public static fromFunction(fn: lambda.IFunction): AsyncDestination {
    return new AsyncDestination('Lambda function', fn.functionArn, ['lambda:InvokeFunction'], fn.functionArn, undefined, { fn });
  }

  /** An EventBridge event bus. */
  public static fromEventBus(eventBus: events.IEventBus): AsyncDestination {
    return new AsyncDestination('EventBridge event bus', eventBus.eventBusArn, ['events:PutEvents'], eventBus.eventBusArn, undefined, {});
  }

  /** An S3 bucket: failed invocations only (as `onFailure`); Lambda writes one object per record. */
  public static fromBucket(bucket: s3.IBucket): AsyncDestination {
    return new AsyncDestination('S3 bucket', bucket.bucketArn, ['s3:PutObject'], bucket.arnForObjects('*'), encryptedWith(bucket.encryptionKey, 's3'), {});
  }

  /** The queue, when the destination is a queue. */
  public readonly queue?: sqs.IQueue;
  /** The topic, when the destination is a topic. */
  public readonly topic?: sns.ITopic;

  /** @internal */
  public readonly _kind: string;
  /** @internal the ARN written into the L1 property */
  public readonly _arn: string;
  /** @internal */
  public readonly _actions: string[];
  /** @internal the resource the actions are granted on */
  public readonly _grantResource: string;
  /** @internal the customer-managed key the destination is encrypted with, and the service that uses it */
  public readonly _encryption?: { readonly key: kms.IKey; readonly service: KeyService };
  /** @internal */
  public readonly _function?: lambda.IFunction;

  private constructor(
    kind: string, arn: string, actions: string[], grantResource: string, encryption: Encryption | undefined,
    targets: { queue?: sqs.IQueue; topic?: sns.ITopic; fn?: lambda.IFunction },
  ) {
    this._kind = kind;
    this._arn = arn;
    this._actions = actions;
    this._grantResource = grantResource;
    this._encryption = encryption;
    this._function = targets.fn;
    this.queue = targets.queue;
    this.topic = targets.topic;
  }

  /**
   * True when Lambda accepts this destination as a function's dead-letter queue (standard SQS queue or SNS topic).
   * @internal
   */
  public get _canBeDeadLetterQueue(): boolean {
    return this.queue !== undefined || this.topic !== undefined;
  }

  /**
   * The statements that let the execution role deliver to this destination, and nothing else.
   * @internal
   */
  public _statements(sid: string, scope: IConstruct): iam.PolicyStatement[] {
    const statements = [new iam.PolicyStatement({ sid, actions: this._actions, resources: [this._grantResource] })];
    const keyStatement = this._keyStatement(scope, `${sid}Encrypt`);
    if (keyStatement) statements.push(keyStatement);
    return statements;
  }

  /**
   * The statement that lets a role write to this destination's key, through the destination's service only; undefined
   * for a destination without a customer-managed key.
   * @internal
   */
  public _keyStatement(scope: IConstruct, sid: string): iam.PolicyStatement | undefined {
    // Writing to a KMS-encrypted queue, topic or bucket needs the key too (aws-cdk-lib grants only the service action).
    return this._encryption && keyWriteStatement(scope, this._encryption.key, this._encryption.service, sid);
  }
}

/** A destination's customer-managed key and the service that encrypts with it on the writer's behalf. */
interface Encryption {
  readonly key: kms.IKey;
  readonly service: KeyService;
}

function encryptedWith(key: kms.IKey | undefined, service: KeyService): Encryption | undefined {
  return key && { key, service };
}
