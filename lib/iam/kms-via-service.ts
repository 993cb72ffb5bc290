import { Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * The condition that limits a key grant to its use through one AWS service in the scope's Region: the key may
 * encrypt other data too, and the role needs it only where the service decrypts or encrypts on its behalf.
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service
 */
export function viaService(scope: IConstruct, service: 'sqs' | 'sns' | 's3' | 'kinesis' | 'dynamodb'): Record<string, Record<string, string>> {
  return { StringEquals: { 'kms:ViaService': `${service}.${Stack.of(scope).region}.amazonaws.com` } };
}
