import { Validations } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/** What a blueprint decides about a table: its keys and stream; the protections are the same for all. */
export type TableKeys = Pick<dynamodb.TableProps, 'partitionKey' | 'sortKey' | 'stream'>;

/**
 * A table as the regulated packs want it: on demand, encrypted with the blueprint's customer-managed key,
 * point-in-time recovery, deletion protection.
 */
export function protectedTable(scope: Construct, id: string, key: kms.IKey, keys: TableKeys): dynamodb.Table {
  return new dynamodb.Table(scope, id, {
    ...keys,
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
    encryptionKey: key,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
  });
}

/** The reason for AWS Backup's managed service-role policy (the packs' DynamoDBInBackupPlan needs the plan). */
const BACKUP_SERVICE_ROLE_REASON = 'AWS Backup\'s service role for backing up the two tables uses the AWS managed policy AWS Backup '
  + 'documents for it, kept current by AWS as the service\'s backup APIs change (https://docs.aws.amazon.com/aws-backup/latest/devguide/iam-service-roles.html).';

/** The tables in a daily backup plan kept 35 days (construct id `Backup`, selection `Tables`), on top of point-in-time recovery. */
export function backUpDaily(scope: Construct, tables: dynamodb.ITable[]): backup.BackupPlan {
  const plan = backup.BackupPlan.daily35DayRetention(scope, 'Backup');
  const selection = plan.addSelection('Tables', { resources: tables.map(table => backup.BackupResource.fromDynamoDbTable(table)) });
  Validations.of(selection.node.findChild('Role')).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
    reason: BACKUP_SERVICE_ROLE_REASON,
  });
  return plan;
}
