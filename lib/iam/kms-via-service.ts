import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { IConstruct } from 'constructs';

/** A service that encrypts or decrypts with a customer-managed key on a role's behalf. */
export type KeyService = 'sqs' | 'sns' | 's3' | 'kinesis' | 'dynamodb';

/**
 * The condition that limits a key grant to its use through one AWS service in the scope's Region: the key may
 * encrypt other data too, and the role needs it only where the service decrypts or encrypts on its behalf.
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service
 */
export function viaService(scope: IConstruct, service: KeyService): Record<string, Record<string, string>> {
  return { StringEquals: { 'kms:ViaService': `${service}.${Stack.of(scope).region}.amazonaws.com` } };
}

/**
 * The statement that lets a role write, through `service` only, to a queue, topic or bucket encrypted with `key`: the
 * service asks for a data key and (for SQS and SNS) decrypts it again.
 */
export function keyWriteStatement(scope: IConstruct, key: kms.IKey, service: KeyService, sid?: string): iam.PolicyStatement {
  return new iam.PolicyStatement({ sid, actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [key.keyArn], conditions: viaService(scope, service) });
}
