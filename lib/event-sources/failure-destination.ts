import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { IConstruct } from 'constructs';
import { keyWriteStatement, KeyService } from '../iam/kms-via-service';

/**
 * Where a stream mapping (Kinesis, DynamoDB Streams) sends the description of a batch it gave up on,
 * after its retries or when its records grew too old.
 *
 * By default an encrypted SQS queue is created for each stream mapping. Lambda refuses FIFO queues and
 * topics here, and LambdaLimits reports them.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html
 */
export class StreamFailureDestination {
  /** Send failed-batch records to a standard SQS queue. */
  public static queue(queue: sqs.IQueue): StreamFailureDestination {
    return new StreamFailureDestination(queue.queueArn, () => [
      new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }),
    ], queue.encryptionMasterKey, 'sqs');
  }

  /** Send failed-batch records to a standard SNS topic. */
  public static topic(topic: sns.ITopic): StreamFailureDestination {
    return new StreamFailureDestination(topic.topicArn, () => [
      new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [topic.topicArn] }),
    ], topic.masterKey, 'sns');
  }

  /**
   * Write failed-batch records, with the records themselves, to an S3 bucket.
   *
   * @see https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html#kinesis-on-failure-destination-s3
   */
  public static bucket(bucket: s3.IBucket): StreamFailureDestination {
    return new StreamFailureDestination(bucket.bucketArn, () => [
      new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [bucket.arnForObjects('*')] }),
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
    ], bucket.encryptionKey, 's3');
  }

  /** The ARN of the destination. */
  public readonly destinationArn: string;

  private constructor(
    destinationArn: string,
    private readonly statements: () => iam.PolicyStatement[],
    private readonly key: kms.IKey | undefined,
    private readonly keyService: KeyService,
  ) {
    this.destinationArn = destinationArn;
  }

  /**
   * The execution-role statements Lambda needs to write to the destination: the write action on it, and
   * `kms:GenerateDataKey` and `kms:Decrypt` on its customer-managed key when it has one, through the destination's
   * service only (in the Region of `scope`, the function).
   *
   * @internal
   */
  public _statements(scope: IConstruct): iam.PolicyStatement[] {
    return [...this.statements(), ...(this.key ? [keyWriteStatement(scope, this.key, this.keyService)] : [])];
  }
}
