import { App, Duration, Stack, Token } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AsyncDestination, ComplianceProfile, CustomerManagedKey, ServerlessFunction, ServerlessFunctionProps } from '../../lib';
import { ALL_NAG_PACKS, complianceReport } from '../support/compliance';
import { isolatedVpc } from '../../examples/shared/isolated-vpc';
import { errorRuleIds, synthErrors } from '../validation/helpers';

const ENV = { account: '123456789012', region: 'eu-west-1' };
const REQUIRED = {
  runtime: lambda.Runtime.NODEJS_24_X,
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  handler: 'index.handler',
};

/** Everything the strict profile asks for, with one key for all of it. */
function strictProps(stack: Stack): ServerlessFunctionProps {
  const key = new CustomerManagedKey(stack, 'Key');
  return {
    ...REQUIRED,
    compliance: ComplianceProfile.STRICT,
    vpc: isolatedVpc(stack, 'Vpc', {
      flowLogKey: key,
      flowLogRoleDescription: 'Delivers the VPC flow logs to their encrypted log group',
      restrictProviderReason: "aws-cdk-lib's provider that removes the default security group's rules; it runs during deployments only and calls the EC2 API only.",
    }).vpc,
    reservedConcurrentExecutions: 10,
    logEncryptionKey: key,
    environment: { TABLE: 'ledger' },
    environmentEncryption: key,
    deadLetterQueueEncryptionKey: key,
  };
}

function newStack(): Stack {
  return new Stack(new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' } }), 'Stack', { env: ENV });
}

/** The synth errors of one function built from the strict props with `change` applied. */
function strictErrors(change: (props: ServerlessFunctionProps, stack: Stack) => ServerlessFunctionProps): string[] {
  const stack = newStack();
  new ServerlessFunction(stack, 'Fn', change(strictProps(stack), stack));
  return synthErrors(stack.node.root as App);
}

function without(props: ServerlessFunctionProps, ...names: Array<keyof ServerlessFunctionProps>): ServerlessFunctionProps {
  const copy: Record<string, unknown> = { ...props };
  for (const name of names) delete copy[name];
  return copy as unknown as ServerlessFunctionProps;
}

describe('ComplianceProfile.STRICT', () => {
  test('with everything it requires: no synth error, and zero unacknowledged findings in all six packs, Control Tower and the strict CloudFormation validator', () => {
    expect(strictErrors(props => props)).toEqual([]);
    const report = complianceReport(app => {
      const stack = new Stack(app, 'Strict', { env: ENV });
      new ServerlessFunction(stack, 'Fn', strictProps(stack));
    }, { nagPacks: [...ALL_NAG_PACKS] });
    expect(report.findings).toEqual([]);
    // The function needs no acknowledgement beyond the construct's documented, unscopable ones.
    const acknowledged = report.acknowledged.filter(finding => finding.resourcePath.startsWith('Strict/Fn/'))
      .map(finding => `${finding.ruleId} @ ${finding.acknowledgedAt}`);
    expect([...new Set(acknowledged)].sort()).toEqual([
      'AwsSolutions-IAM5[Resource::*] @ Strict/Fn/ExecutionPolicy',
      'AwsSolutions-IAM5[Resource::*] @ Strict/Fn/NetworkDescribePolicy',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ec2:eu-west-1:123456789012:network-interface/*] @ Strict/Fn/ExecutionPolicy',
      'Serverless-SQSRedrivePolicy @ Strict/Fn/DeadLetterQueue',
      'cdk-validator-cfnguard::sqs_dlq_check @ Strict/Fn/DeadLetterQueue',
    ]);
  });

  test.each<[string, (props: ServerlessFunctionProps, stack: Stack) => ServerlessFunctionProps, string, string]>([
    ['no vpc', props => without(props, 'vpc'), 'Vpc', '`vpc` must be set under ComplianceProfile.STRICT, got: none (HIPAA.Security'],
    ['public subnets', props => ({ ...props, allowPublicSubnet: true }), 'PublicSubnet', '`allowPublicSubnet` must be false under ComplianceProfile.STRICT, got: true'],
    ['no reserved concurrency', props => without(props, 'reservedConcurrentExecutions'), 'ReservedConcurrency',
      '`reservedConcurrentExecutions` must be at least 1 under ComplianceProfile.STRICT, got: none (HIPAA.Security and NIST.800.53.R5 LambdaConcurrency'],
    ['a reserved concurrency of 0', props => ({ ...props, reservedConcurrentExecutions: 0 }), 'ReservedConcurrency',
      '`reservedConcurrentExecutions` must be at least 1 under ComplianceProfile.STRICT, got: 0 (HIPAA.Security'],
    ['no log key', props => without(props, 'logEncryptionKey'), 'LogEncryption',
      '`logEncryptionKey` must be a customer-managed KMS key under ComplianceProfile.STRICT, got: none (HIPAA.Security, NIST.800.53.R4/R5 and PCI.DSS.321 CloudWatchLogGroupEncrypted'],
    ['an infinite log retention', props => ({ ...props, logRetention: logs.RetentionDays.INFINITE }), 'LogRetention',
      '`logRetention` must be finite and at least one year under ComplianceProfile.STRICT, got: INFINITE'],
    ['a six-month log retention', props => ({ ...props, logRetention: logs.RetentionDays.SIX_MONTHS }), 'LogRetention',
      '`logRetention` must be finite and at least one year under ComplianceProfile.STRICT, got: SIX_MONTHS'],
    ['environment variables without a key', props => without(props, 'environmentEncryption'), 'EnvironmentEncryption',
      '`environmentEncryption` must be a customer-managed KMS key when the function has environment variables under ComplianceProfile.STRICT, got: none'],
    ['no dead-letter queue key', props => without(props, 'deadLetterQueueEncryptionKey'), 'DeadLetterQueueEncryption',
      '`deadLetterQueueEncryptionKey` must be a customer-managed KMS key for the dead-letter queue this construct creates under ComplianceProfile.STRICT, got: none'],
    ['an on-failure queue without a key', (props, stack) => ({ ...props, onFailure: AsyncDestination.fromQueue(new sqs.Queue(stack, 'Failed')) }),
      'DestinationEncryption', '`onFailure` must be a queue or topic encrypted with a customer-managed KMS key under ComplianceProfile.STRICT, got: SQS queue without one'],
    ['an on-success topic without a key', (props, stack) => ({ ...props, onSuccess: AsyncDestination.fromTopic(new sns.Topic(stack, 'Done')) }),
      'DestinationEncryption', '`onSuccess` must be a queue or topic encrypted with a customer-managed KMS key under ComplianceProfile.STRICT, got: SNS topic without one'],
    ['tracing off', props => ({ ...props, tracing: lambda.Tracing.DISABLED }), 'Tracing', '`tracing` must be Tracing.ACTIVE under ComplianceProfile.STRICT, got: Disabled'],
    ['a public function URL, even opted in', props => ({ ...props, url: { authType: lambda.FunctionUrlAuthType.NONE, allowPublicAccess: true } }), 'PublicUrl',
      '`url.authType` must be AWS_IAM under ComplianceProfile.STRICT, got: NONE (HIPAA.Security, NIST.800.53.R4/R5 and PCI.DSS.321 LambdaFunctionPublicAccessProhibited'],
    ['a CORS origin *', props => ({ ...props, url: { cors: { allowedOrigins: ['*'] } } }), 'UrlCorsAnyOrigin',
      "`url.cors.allowedOrigins` must be a list of origins without '*' under ComplianceProfile.STRICT, got: '*' (Control Tower CT.LAMBDA.PR.6"],
    ['keepVersions', props => ({ ...props, keepVersions: 3 }), 'KeepVersions', '`keepVersions` must be unset under ComplianceProfile.STRICT, got: 3'],
  ])('fails with %s: exactly one error, naming the path, the prop, why and the fix', (_case, change, rule, text) => {
    const errors = strictErrors(change);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`[LambdaKit.Compliance.${rule}] Stack/Fn: ${text}`);
    expect(errors[0]).toMatch(/\)\. .+ See https:\/\/docs\.aws\.amazon\.com\/\S+$/);
  });

  test('fails with every missing item at once', () => {
    const stack = newStack();
    new ServerlessFunction(stack, 'Fn', {
      ...REQUIRED,
      compliance: ComplianceProfile.STRICT,
      environment: { TABLE: 'ledger' },
      logRetention: logs.RetentionDays.INFINITE,
      tracing: lambda.Tracing.PASS_THROUGH,
      onSuccess: AsyncDestination.fromQueue(new sqs.Queue(stack, 'Done')),
      url: { authType: lambda.FunctionUrlAuthType.NONE, allowPublicAccess: true, cors: { allowedOrigins: ['*'] } },
      keepVersions: 3,
    });
    // Every error of the synth, so that none of another kind goes unnoticed.
    expect(errorRuleIds(stack.node.root as App).sort()).toEqual([
      'DeadLetterQueueEncryption', 'DestinationEncryption', 'EnvironmentEncryption', 'KeepVersions', 'LogEncryption', 'LogRetention',
      'PublicUrl', 'ReservedConcurrency', 'Tracing', 'UrlCorsAnyOrigin', 'Vpc',
    ].map(rule => `LambdaKit.Compliance.${rule}`));
  });

  test('environment variables added after construction need the key too (checked at synth)', () => {
    const stack = newStack();
    const fn = new ServerlessFunction(stack, 'Fn', without(strictProps(stack), 'environment', 'environmentEncryption'));
    fn.function.addEnvironment('LEDGER_TABLE', 'ledger');
    expect(errorRuleIds(stack.node.root as App)).toEqual(['LambdaKit.Compliance.EnvironmentEncryption']);
  });

  test('accepts failure capture by an encrypted queue, topic or an event bus instead of the created dead-letter queue', () => {
    const encrypted = (stack: Stack) => new CustomerManagedKey(stack, 'DestinationKey');
    const noDlqKey = (props: ServerlessFunctionProps) => without(props, 'deadLetterQueueEncryptionKey');
    expect(strictErrors((props, stack) => ({ ...noDlqKey(props),
      onFailure: AsyncDestination.fromQueue(new sqs.Queue(stack, 'Failed', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: encrypted(stack) })) }))).toEqual([]);
    expect(strictErrors((props, stack) => ({ ...noDlqKey(props),
      onFailure: AsyncDestination.fromTopic(new sns.Topic(stack, 'Failed', { masterKey: encrypted(stack) })) }))).toEqual([]);
    expect(strictErrors((props, stack) => ({ ...noDlqKey(props), onFailure: AsyncDestination.fromEventBus(new events.EventBus(stack, 'Bus')) }))).toEqual([]);
  });

  test('accepts a private URL with named origins, and a retention of exactly one year or beyond', () => {
    expect(strictErrors(props => ({ ...props, logRetention: logs.RetentionDays.ONE_YEAR,
      url: { cors: { allowedOrigins: ['https://app.example.com'] } } }))).toEqual([]);
    expect(strictErrors(props => ({ ...props, logRetention: logs.RetentionDays.SEVEN_YEARS }))).toEqual([]);
  });

  test('accepts a reserved concurrency of exactly 1', () => {
    expect(strictErrors(props => ({ ...props, reservedConcurrentExecutions: 1 }))).toEqual([]);
  });

  test('does not fail on a reserved concurrency that is a token', () => {
    expect(strictErrors(props => ({ ...props, reservedConcurrentExecutions: Token.asNumber({ Ref: 'Concurrency' }) }))).toEqual([]);
  });

  test('without environment variables, no environment key is required', () => {
    expect(strictErrors(props => without(props, 'environment', 'environmentEncryption'))).toEqual([]);
  });
});

describe('ComplianceProfile.STANDARD', () => {
  test('is the default: the same template as without the prop, and none of the strict errors', () => {
    const templateOf = (compliance?: ComplianceProfile) => {
      const stack = newStack();
      new ServerlessFunction(stack, 'Fn', { ...REQUIRED, environment: { TABLE: 'ledger' }, timeout: Duration.seconds(5), compliance });
      expect(synthErrors(stack.node.root as App)).toEqual([]);
      return Template.fromStack(stack).toJSON();
    };
    expect(templateOf(ComplianceProfile.STANDARD)).toEqual(templateOf(undefined));
  });

  test('requires none of it: no VPC, no key, no reserved concurrency, tracing off and keepVersions synthesize', () => {
    const stack = newStack();
    new ServerlessFunction(stack, 'Fn', { ...REQUIRED, compliance: ComplianceProfile.STANDARD, tracing: lambda.Tracing.DISABLED, keepVersions: 3 });
    expect(synthErrors(stack.node.root as App)).toEqual([]);
  });
});
