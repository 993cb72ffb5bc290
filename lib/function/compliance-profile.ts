/**
 * How much a `ServerlessFunction` demands of its props before it synthesizes.
 *
 * The profile changes no resource by itself: `STRICT` only refuses props that leave a regulated workload
 * short of what its checkers require, and names every missing item at once.
 */
export enum ComplianceProfile {
  /**
   * The secure defaults, and nothing more is required.
   *
   * Findings that need a decision only you can take (a customer-managed key, a VPC) are acknowledged on the
   * narrowest construct, with the reason, as the README lists.
   */
  STANDARD = 'STANDARD',

  /**
   * What the regulated cdk-nag packs (HIPAA Security, NIST 800-53 rev 4 and rev 5, PCI DSS 3.2.1) and the
   * AWS Control Tower proactive controls require of a Lambda workload, enforced at synth.
   *
   * Required: `vpc` in private or isolated subnets (not `allowPublicSubnet`); `reservedConcurrentExecutions`
   * of at least 1; customer-managed KMS keys you pass for the log group (`logEncryptionKey`), for the
   * environment variables when there are any (`environmentEncryption`) and for failed events (
   * `deadLetterQueueEncryptionKey`, or an `onFailure` / `onSuccess` queue or topic encrypted with one);
   * a finite log retention of at least one year; active tracing; no public function URL (`url.authType`
   * AWS_IAM) and no CORS origin '*'; no `keepVersions` (its helper function would run outside the VPC).
   *
   * Keys are never created for you: who administers and uses a regulated key, and whether one key serves
   * several functions, is a decision for your key policy, and one key may serve every item above.
   */
  STRICT = 'STRICT',
}
