import { App, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { IConstruct } from 'constructs';
import {
  ALL_NAG_PACKS,
  CLOUDFORMATION_VALIDATE_CHECKER,
  ComplianceFinding,
  complianceFindings,
  complianceReport,
  CONTROL_TOWER_CHECKER,
} from './compliance';

/** The constructs of the non-compliant stack, so tests can acknowledge on them. */
interface NonCompliantParts {
  readonly stack: Stack;
  readonly queue: sqs.Queue;
  readonly role: iam.Role;
}

/** An unencrypted queue without TLS enforcement or DLQ, an escape-hatch value AWS rejects, and a policy with `sqs:*` on `*`. */
function buildNonCompliantStack(scope: App): NonCompliantParts {
  const stack = new Stack(scope, 'NonCompliant');
  const queue = new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.UNENCRYPTED, enforceSSL: false });
  // Below the 60 s minimum; only the CloudFormation validator sees escape-hatch overrides.
  (queue.node.defaultChild as sqs.CfnQueue).addPropertyOverride('MessageRetentionPeriod', 10);
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  role.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] }));
  return { stack, queue, role };
}

function buildCompliantStack(scope: App): { stack: Stack; queue: sqs.Queue; deadLetterQueue: sqs.Queue } {
  const stack = new Stack(scope, 'Compliant');
  const deadLetterQueue = new sqs.Queue(stack, 'DeadLetterQueue', {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    // Control Tower CT.SQS.PR.1 exempts a queue from needing a DLQ only when it declares itself a DLQ this way.
    redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.ALLOW_ALL },
  });
  Validations.of(deadLetterQueue).acknowledge({
    id: 'Serverless-SQSRedrivePolicy',
    reason: 'A dead-letter queue is the end of the redrive chain; giving it a DLQ of its own would only move the problem.',
  });
  const queue = new sqs.Queue(stack, 'Queue', {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: 3 },
  });
  return { stack, queue, deadLetterQueue };
}

const QUEUE = 'NonCompliant/Queue/Resource';
const POLICY = 'NonCompliant/Role/DefaultPolicy/Resource';

function finding(checker: string, ruleId: string, resourcePath: string): ComplianceFinding {
  return expect.objectContaining({ checker, ruleId, resourcePath });
}

describe('complianceFindings', () => {
  let nonCompliantFindings: ComplianceFinding[];
  let firstRunMs: number;

  beforeAll(() => {
    const report = complianceReport(app => buildNonCompliantStack(app));
    nonCompliantFindings = report.findings;
    firstRunMs = report.durationMs;
  });

  test('reports the expected rule ids of every checker for a non-compliant queue and wildcard policy', () => {
    // THEN
    expect(nonCompliantFindings).toEqual(expect.arrayContaining([
      finding('AwsSolutions', 'AwsSolutions-SQS2', QUEUE),
      finding('AwsSolutions', 'AwsSolutions-SQS3', QUEUE),
      finding('AwsSolutions', 'AwsSolutions-SQS4', QUEUE),
      finding('AwsSolutions', 'AwsSolutions-IAM5[Action::sqs:*]', POLICY),
      finding('AwsSolutions', 'AwsSolutions-IAM5[Resource::*]', POLICY),
      finding('Serverless', 'Serverless-SQSRedrivePolicy', QUEUE),
      finding('HIPAA.Security', 'HIPAA.Security-IAMPolicyNoStatementsWithFullAccess', POLICY),
      finding('HIPAA.Security', 'HIPAA.Security-IAMNoInlinePolicy', POLICY),
      finding('NIST.800.53.R4', 'NIST.800.53.R4-IAMNoInlinePolicy', POLICY),
      finding('NIST.800.53.R5', 'NIST.800.53.R5-IAMPolicyNoStatementsWithFullAccess', POLICY),
      finding('PCI.DSS.321', 'PCI.DSS.321-IAMPolicyNoStatementsWithFullAccess', POLICY),
      finding(CONTROL_TOWER_CHECKER, 'cdk-validator-cfnguard::sqs_queue_encrypted_check', QUEUE),
      finding(CONTROL_TOWER_CHECKER, 'cdk-validator-cfnguard::sqs_dlq_check', QUEUE),
      finding(CONTROL_TOWER_CHECKER, 'cdk-validator-cfnguard::iam_inline_policy_no_statements_with_full_access_check', POLICY),
      finding(CLOUDFORMATION_VALIDATE_CHECKER, 'CloudFormation-Validate::F3034', QUEUE),
    ]));
    expect(new Set(nonCompliantFindings.map(f => f.checker))).toEqual(new Set([
      ...ALL_NAG_PACKS, CONTROL_TOWER_CHECKER, CLOUDFORMATION_VALIDATE_CHECKER,
    ]));
  });

  test('messages say what is wrong, and Control Tower messages name the control', () => {
    // THEN
    const byRule = (ruleId: string) => nonCompliantFindings.find(f => f.ruleId === ruleId)?.message;
    expect(byRule('cdk-validator-cfnguard::sqs_queue_encrypted_check')).toMatch(/^\[CT\.SQS\.PR\.2\]: /);
    expect(byRule('cdk-validator-cfnguard::sqs_dlq_check')).toMatch(/^\[CT\.SQS\.PR\.1\]: /);
    expect(byRule('cdk-validator-cfnguard::iam_inline_policy_no_statements_with_full_access_check')).toMatch(/^\[CT\.IAM\.PR\.5\]: /);
    expect(byRule('CloudFormation-Validate::F3034')).toBe('MessageRetentionPeriod: 10 is less than the minimum of 60');
    expect(byRule('AwsSolutions-SQS2')).toBe('The SQS Queue does not have server-side encryption enabled.');
  });

  test('findings are sorted and unique, so a diff against [] is stable', () => {
    // THEN
    const keys = nonCompliantFindings.map(f => `${f.checker}|${f.ruleId}|${f.resourcePath}|${f.message}`);
    expect(keys).toEqual([...new Set(keys)].sort());
  });

  test.each<[string, string, (parts: NonCompliantParts) => IConstruct, string]>([
    ['a cdk-nag per-finding id', 'AwsSolutions-IAM5[Resource::*]', parts => parts.role, POLICY],
    ['a cdk-nag rule id', 'AwsSolutions-SQS4', parts => parts.queue, QUEUE],
    ['a cdk-nag rule id, on the stack', 'NIST.800.53.R4-IAMNoInlinePolicy', parts => parts.stack, POLICY],
    ['a cdk-nag rule id in the namespaced form the CDK CLI suggests', 'Serverless::Serverless-SQSRedrivePolicy', parts => parts.queue, QUEUE],
    ['a Control Tower rule', 'cdk-validator-cfnguard::sqs_queue_encrypted_check', parts => parts.queue, QUEUE],
    ['a CloudFormation validator rule', 'CloudFormation-Validate::F3034', parts => parts.queue, QUEUE],
  ])('acknowledging %s removes exactly that finding and lists it with its reason', (_kind, id, scopeOf, resourcePath) => {
    // GIVEN
    const reason = `Test acknowledgement of ${id}.`;
    let acknowledgedAt = '';

    // WHEN
    const report = complianceReport(app => {
      const scope = scopeOf(buildNonCompliantStack(app));
      Validations.of(scope).acknowledge({ id, reason });
      acknowledgedAt = scope.node.path;
    });

    // THEN
    const ruleId = id.replace(/^Serverless::/, '');
    const acknowledgedFinding = nonCompliantFindings.find(f => f.ruleId === ruleId && f.resourcePath === resourcePath)!;
    expect(acknowledgedFinding).toBeDefined();
    expect(report.findings).toEqual(nonCompliantFindings.filter(f => f !== acknowledgedFinding));
    expect(report.acknowledged).toEqual([{ ...acknowledgedFinding, reason, acknowledgedAt }]);
    expect(report.unusedAcknowledgements).toEqual([]);
  });

  test('an unqualified Control Tower rule name acknowledges nothing (CDK qualifies it as Annotation::)', () => {
    // WHEN
    const findings = complianceFindings(app => {
      const { queue } = buildNonCompliantStack(app);
      Validations.of(queue).acknowledge({ id: 'sqs_dlq_check', reason: 'Wrong: needs the cdk-validator-cfnguard:: prefix.' });
    });

    // THEN
    expect(findings).toEqual(nonCompliantFindings);
  });

  test('a compliant stack yields no findings, and lists its acknowledgement', () => {
    // WHEN
    const report = complianceReport(app => buildCompliantStack(app));

    // THEN
    expect(report.findings).toEqual([]);
    expect(report.acknowledged).toEqual([{
      checker: 'Serverless',
      ruleId: 'Serverless-SQSRedrivePolicy',
      resourcePath: 'Compliant/DeadLetterQueue/Resource',
      message: 'The SQS queue does not have a redrive policy configured.',
      reason: expect.stringMatching(/end of the redrive chain/),
      acknowledgedAt: 'Compliant/DeadLetterQueue',
    }]);
    expect(report.unusedAcknowledgements).toEqual([]);
  });

  test('reports acknowledgements that match no finding as unused', () => {
    // WHEN
    const report = complianceReport(app => {
      const { queue } = buildCompliantStack(app);
      Validations.of(queue).acknowledge({ id: 'AwsSolutions-SQS2', reason: 'Stale: the queue is encrypted now.' });
      Validations.of(queue).acknowledge({ id: 'cdk-validator-cfnguard::sqs_dlq_check', reason: 'Stale: the queue has a DLQ now.' });
    });

    // THEN
    expect(report.findings).toEqual([]);
    expect(report.unusedAcknowledgements).toEqual([
      { id: 'AwsSolutions-SQS2', reason: 'Stale: the queue is encrypted now.', acknowledgedAt: 'Compliant/Queue' },
      { id: 'cdk-validator-cfnguard::sqs_dlq_check', reason: 'Stale: the queue has a DLQ now.', acknowledgedAt: 'Compliant/Queue' },
    ]);
  });

  test('runs only the selected cdk-nag packs, and Control Tower only when asked', () => {
    // WHEN
    const findings = complianceFindings(app => buildNonCompliantStack(app), { nagPacks: ['AwsSolutions'], controlTower: false });

    // THEN
    expect(new Set(findings.map(f => f.checker))).toEqual(new Set(['AwsSolutions', CLOUDFORMATION_VALIDATE_CHECKER]));
  });

  test('leaves the CloudFormation validator out of the findings when asked', () => {
    // WHEN
    const findings = complianceFindings(app => buildNonCompliantStack(app), { cloudFormationValidate: false });

    // THEN
    expect(findings).toEqual(nonCompliantFindings.filter(f => f.checker !== CLOUDFORMATION_VALIDATE_CHECKER));
  });

  test('checks a Stack passed directly, even after Template.fromStack has synthesized its App', () => {
    // GIVEN an App without the gate's context: CDK throws on findings and downgrades validator errors to warnings
    const app = new App();
    const { stack } = buildNonCompliantStack(app);
    Template.fromStack(stack);

    // WHEN
    const findings = complianceFindings(stack);

    // THEN
    expect(findings).toEqual(nonCompliantFindings);
  });

  test('fails when the same App goes through the gate twice', () => {
    // GIVEN
    const { stack } = buildCompliantStack(new App());
    complianceFindings(stack);

    // THEN
    expect(() => complianceFindings(stack)).toThrow(/already been checked/);
  });

  test('passes real synthesis errors through', () => {
    // THEN
    expect(() => complianceFindings(app => {
      const { stack } = buildCompliantStack(app);
      stack.node.addValidation({ validate: () => ['broken on purpose'] });
    })).toThrow(/broken on purpose/);
  });

  test('is fast: one small stack through six packs, Control Tower and the validator', () => {
    // WHEN
    const { durationMs } = complianceReport(app => buildNonCompliantStack(app));

    // THEN generous bounds for a 2-core machine shared with other test runs (measured: about 3 s cold, 0.5 s warm)
    expect(firstRunMs).toBeLessThan(30_000);
    expect(durationMs).toBeLessThan(10_000);
  });
});

describe('what the checkers say about plain aws-cdk-lib constructs', () => {
  test('a lambda.Function with defaults fails rules in every cdk-nag pack and Control Tower', () => {
    // WHEN
    const findings = complianceFindings(app => {
      const stack = new Stack(app, 'Plain');
      new lambda.Function(stack, 'Fn', {
        runtime: lambda.Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
      });
    });

    // THEN
    expect(findings.map(f => f.ruleId)).toEqual(expect.arrayContaining([
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'AwsSolutions-L1',
      'Serverless-LambdaDLQ',
      'Serverless-LambdaDefaultMemorySize',
      'Serverless-LambdaDefaultTimeout',
      'Serverless-LambdaLatestVersion',
      'Serverless-LambdaTracing',
      'HIPAA.Security-LambdaConcurrency',
      'HIPAA.Security-LambdaInsideVPC',
      'NIST.800.53.R4-LambdaInsideVPC',
      'NIST.800.53.R5-LambdaDLQ',
      'PCI.DSS.321-LambdaInsideVPC',
      'cdk-validator-cfnguard::lambda_inside_vpc_check',
    ]));
    expect(findings.filter(f => f.checker === CLOUDFORMATION_VALIDATE_CHECKER)).toEqual([]);
  });

  test('cdk-nag misses the log-retention provider function (a raw CfnResource); Control Tower and IAM rules do not', () => {
    // WHEN
    const findings = complianceFindings(app => {
      const stack = new Stack(app, 'Plain');
      // What the deprecated `logRetention` prop of lambda.Function creates, without the deprecation warning.
      new logs.LogRetention(stack, 'Retention', { logGroupName: '/aws/lambda/plain', retention: logs.RetentionDays.ONE_WEEK });
    });

    // THEN
    const provider = findings.filter(f => f.resourcePath.startsWith('Plain/LogRetention'));
    expect(provider).toEqual(expect.arrayContaining([
      finding(CONTROL_TOWER_CHECKER, 'cdk-validator-cfnguard::lambda_inside_vpc_check', expect.stringMatching(/^Plain\/LogRetention[0-9a-f]+\/Resource$/)),
      finding('AwsSolutions', 'AwsSolutions-IAM5[Resource::*]', expect.stringMatching(/ServiceRole\/DefaultPolicy\/Resource$/)),
    ]));
    const providerFunction = provider.filter(f => /^Plain\/LogRetention[0-9a-f]+\/Resource$/.test(f.resourcePath));
    expect(providerFunction.map(f => f.checker)).toEqual([CONTROL_TOWER_CHECKER]);
  });
});
