import { Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AsyncDestination, ServerlessFunction, ServerlessFunctionProps } from '../../lib';
import { ALL_NAG_PACKS, complianceReport } from '../support/compliance';

const ENV = { account: '123456789012', region: 'eu-west-1' };
const REQUIRED: ServerlessFunctionProps = {
  runtime: lambda.Runtime.NODEJS_24_X,
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  handler: 'index.handler',
};
/** What the defaults knowingly leave to the user in the HIPAA, NIST and PCI packs (no VPC, no KMS key, no reserved concurrency). */
const DEFAULT_GAPS = /-(LambdaInsideVPC|LambdaConcurrency|CloudWatchLogGroupEncrypted)$/;

describe('asynchronous destinations compliance', () => {
  test('async options with the dead-letter queue, and an event bus as on-failure destination: no finding about failure capture in any pack', () => {
    const report = complianceReport(app => {
      const stack = new Stack(app, 'Async', { env: ENV });
      const doneDlq = new sqs.Queue(stack, 'DoneDlq', { enforceSSL: true });
      const done = new sqs.Queue(stack, 'Done', { enforceSSL: true, deadLetterQueue: { queue: doneDlq, maxReceiveCount: 3 } });
      new ServerlessFunction(stack, 'WithQueue', { ...REQUIRED, retryAttempts: 1, onSuccess: AsyncDestination.fromQueue(done) });
      new ServerlessFunction(stack, 'WithBus', { ...REQUIRED, onFailure: AsyncDestination.fromEventBus(new events.EventBus(stack, 'Bus')) });
    }, { nagPacks: [...ALL_NAG_PACKS] });
    const findings = report.findings;
    const functionFindings = findings
      .filter(finding => /^Async\/(WithQueue|WithBus)\//.test(finding.resourcePath) && !DEFAULT_GAPS.test(finding.ruleId));
    expect(functionFindings).toEqual([]);
    expect(findings.filter(finding => /LambdaDLQ|LambdaAsyncFailureDestination/.test(finding.ruleId))).toEqual([]);
    // The acknowledgements that make it so, each where the one failure path is decided.
    const acknowledged = report.acknowledged.filter(finding => /LambdaDLQ|LambdaAsyncFailureDestination/.test(finding.ruleId))
      .map(finding => `${finding.ruleId} @ ${finding.acknowledgedAt}`);
    expect([...new Set(acknowledged)].sort()).toEqual([
      'HIPAA.Security-LambdaDLQ @ Async/WithBus/Function',
      'NIST.800.53.R5-LambdaDLQ @ Async/WithBus/Function',
      'Serverless-LambdaAsyncFailureDestination @ Async/WithQueue/AsyncInvokeConfig',
      'Serverless-LambdaDLQ @ Async/WithBus/Function',
    ]);
  });
});
