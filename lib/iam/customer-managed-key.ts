import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * A customer-managed KMS key as a regulated workload needs it (`ComplianceProfile.STRICT` asks for such keys):
 * rotated yearly unless you say otherwise, and its key policy denies `kms:CreateGrant` to anyone but AWS services
 * acting for AWS resources (Control Tower CT.KMS.PR.3), so that nobody can hand the key on with a grant while
 * CloudWatch Logs, SQS, DynamoDB, Lambda and AWS Backup still create the grants their resources need.
 *
 * It is an aws-cdk-lib `kms.Key` and takes its props (`enableKeyRotation` defaults to true): grant and pass it as usual.
 */
export class CustomerManagedKey extends kms.Key {
  constructor(scope: Construct, id: string, props: kms.KeyProps = {}) {
    // `?? true`, not a spread default: `enableKeyRotation: undefined` passed through from a caller's own props keeps rotation on.
    super(scope, id, { ...props, enableKeyRotation: props.enableKeyRotation ?? true });
    this.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'DenyGrantsExceptForAwsServices',
      effect: iam.Effect.DENY,
      principals: [new iam.AnyPrincipal()],
      actions: ['kms:CreateGrant'],
      // In a key policy, "*" means this key.
      resources: ['*'],
      conditions: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
    }));
  }
}
