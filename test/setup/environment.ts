/**
 * Unit tests synthesize hundreds of small apps. CDK runs AWS's CloudFormation validator on every synth
 * (1-3 s each here); the tests that are about compliance register it explicitly (test/support/compliance.ts)
 * and the oracle test calls it directly, so everywhere else it only costs time.
 */
process.env.CDK_VALIDATION = 'false';
