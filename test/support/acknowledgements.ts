/**
 * The allow-list: every acknowledgement the blueprints (examples/) may carry, from library code or their own, each
 * with the exact reason it must be given. This is the one place a reviewer reads to see what the compliance gate
 * lets through and why.
 *
 * The gate (test/examples/blueprints.test.ts) fails when a blueprint carries an acknowledgement
 * (`Validations.of(x).acknowledge({ id, reason })`) whose id is not listed here, whose reason differs from every
 * entry listing that id, or that is listed for another blueprint only; when an acknowledgement acknowledges
 * nothing; and when an entry here is used by no blueprint (stale: remove it).
 *
 * An entry is an (ids, reason) pair: the same id may appear in several entries when code acknowledges it for
 * different reasons on different resources (each reason is a separate decision to review). `by` is 'library' for
 * acknowledgements made by lib/ (allowed in any blueprint that uses the feature; the README's acknowledgement table
 * is generated from these: `npm run compliance-doc`), or the name of the one blueprint allowed to carry it.
 * COMPLIANCE.md shows which finding of which blueprint each entry covers.
 */
export interface AllowedAcknowledgement {
  /** The ids, exactly as passed to `Validations.of(...).acknowledge` (the `ruleId` the gate prints). */
  readonly ids: readonly string[];
  /** The reason, exactly as passed with them. */
  readonly reason: string;
  /** 'library', or the name of the blueprint (as in examples/index.ts) that may carry it. */
  readonly by: string;
  /** On which resource, and when: for readers of the README and COMPLIANCE.md. */
  readonly where: string;
}

export const LIBRARY = 'library';

export const ALLOWED_ACKNOWLEDGEMENTS: readonly AllowedAcknowledgement[] = [
  {
    ids: ['AwsSolutions-IAM5[Resource::*]'],
    by: LIBRARY,
    where: 'the execution policy, when tracing is on',
    reason: 'xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions '
      + '(https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsx-ray.html); they are the only statement on *.',
  },
  {
    ids: ['cdk-validator-cfnguard::cloudwatch_log_group_encrypted_check'],
    by: LIBRARY,
    where: 'the log group, when no `logEncryptionKey` is given',
    reason: 'CloudWatch Logs encrypts every log group at rest with its own keys; pass logEncryptionKey (or use the strict profile) for a customer-managed key.',
  },
  {
    ids: ['cdk-validator-cfnguard::lambda_inside_vpc_check'],
    by: LIBRARY,
    where: 'the function, when it is not in a VPC',
    reason: 'Outside a VPC the function reaches only public AWS endpoints; Lambda runs it in an AWS-owned, isolated network. '
      + 'Pass `vpc` to reach private resources (or use the strict profile, which requires one).',
  },
  {
    ids: ['Serverless-SQSRedrivePolicy', 'cdk-validator-cfnguard::sqs_dlq_check'],
    by: LIBRARY,
    where: 'the function\'s dead-letter queue (AwsSolutions-SQS3 already recognizes a function\'s DLQ)',
    reason: 'This queue is the dead-letter target of a Lambda function (Lambda writes to it, not an SQS redrive); '
      + 'a dead-letter queue of a dead-letter queue would never be read. Alarm on its ApproximateNumberOfMessagesVisible instead.',
  },
  {
    ids: ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy', 'cdk-validator-cfnguard::sqs_dlq_check'],
    by: LIBRARY,
    where: 'the on-failure queue created for a stream event source mapping',
    reason: 'This queue is the on-failure destination of a stream event source mapping (the service writes to it, not an SQS redrive); '
      + 'a dead-letter queue of a dead-letter queue would never be read. Alarm on its ApproximateNumberOfMessagesVisible instead.',
  },
  {
    ids: ['Serverless-SQSRedrivePolicy'],
    by: LIBRARY,
    where: '`QueuePair`\'s dead-letter queue',
    reason: 'This queue is the dead-letter queue of the pair\'s source queue; a dead-letter queue of a dead-letter queue would never be read.',
  },
  {
    ids: ['Serverless-LambdaEventSourceMappingDestination'],
    by: LIBRARY,
    where: 'each SQS event source mapping',
    reason: 'Lambda refuses an on-failure destination on SQS mappings; failed messages return to the queue and move to its '
      + 'dead-letter queue through the queue\'s redrive policy (LambdaLimits warns when the queue has none).',
  },
];
