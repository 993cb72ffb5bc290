import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { IConstruct } from 'constructs';
import type { KeyService } from '../iam/kms-via-service';

/** The kinds of source a mapping polls. */
export enum PullSourceKind {
  SQS = 'Sqs',
  KINESIS = 'Kinesis',
  KINESIS_CONSUMER = 'KinesisConsumer',
  DYNAMODB_STREAM = 'DynamoStream',
}

/** The service that decrypts a source's records for the poller (`kms:ViaService`). */
export const KEY_SERVICE = {
  [PullSourceKind.SQS]: 'sqs',
  [PullSourceKind.KINESIS]: 'kinesis',
  [PullSourceKind.KINESIS_CONSUMER]: 'kinesis',
  [PullSourceKind.DYNAMODB_STREAM]: 'dynamodb',
} as const satisfies Record<PullSourceKind, KeyService>;

/** What a mapping needs to know about the resource it polls (internal to event-sources). */
export interface PullSource {
  readonly kind: PullSourceKind;
  /** The queue, stream, consumer or table: names the mapping's construct id. */
  readonly resource: IConstruct;
  /** The ARN the mapping reads (undefined for a table without a stream). */
  readonly eventSourceArn?: string;
  /** How the user's prop for the source is called in messages. */
  readonly propertyName: string;
  /** Exactly the actions Lambda's poller needs, each on the named resource. */
  statements(): iam.PolicyStatement[];
  /** The source's customer-managed key: the poller needs kms:Decrypt on it, through the source's service. */
  readonly key?: kms.IKey;
  /** True for Kinesis and DynamoDB streams (starting position, retries, on-failure destination). */
  readonly isStream: boolean;
}
