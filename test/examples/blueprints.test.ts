import { readFileSync } from 'fs';
import { App, Aspects } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { BLUEPRINT_ENV, BLUEPRINTS } from '../../examples';
import { LambdaLimits } from '../../lib';
import { BlueprintReport, blueprintComplianceReport, COMPLIANCE_MD, renderComplianceMarkdown } from '../../scripts/generate-compliance-md';
import { ALLOWED_ACKNOWLEDGEMENTS, AllowedAcknowledgement, AWS_CDK_LIB, LIBRARY } from '../support/acknowledgements';
import { iamStatements, wildcardActions, wildcardResourceActions } from '../support/blueprint-testing';
import {
  AcknowledgedFinding,
  ALL_NAG_PACKS,
  allowListViolations,
  CLOUDFORMATION_VALIDATE_CHECKER,
  ComplianceReport,
  CONTROL_TOWER_CHECKER,
  DeclaredAcknowledgement,
  staleAllowListEntries,
} from '../support/compliance';

/** The only IAM statements allowed on Resource "*": actions AWS offers no resource-level permission for. */
const WILDCARD_ALLOW_LIST = [
  ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
  // A function in a VPC (NetworkDescribePolicy): "This action only works if it's allowed on all resources"
  // (https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).
  ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets'],
];

/**
 * Functions aws-cdk-lib adds as providers of its own custom resources: their code and role are aws-cdk-lib's and they
 * have no alias. Only these are exempt from the version and alias test; each one is named.
 */
const CDK_PROVIDER_FUNCTIONS = [
  // ec2.Vpc's restrictDefaultSecurityGroup (removes the default security group's rules).
  /^CustomVpcRestrictDefaultSGCustomResourceProviderHandler[0-9A-F]{8}$/,
];

// Each blueprint is synthesized once for the template tests and once through the compliance gate (which needs its own
// App: cdk.json's context and the checkers registered before synthesis); every test of this file reuses the results.
const templates = new Map<string, Template>();
const gateReports = new Map<string, ComplianceReport>();

function synthTemplate(name: string): Template {
  if (!templates.has(name)) {
    const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' } });
    const stack = BLUEPRINTS.find(b => b.name === name)!.create(app, BLUEPRINT_ENV);
    Aspects.of(app).add(new LambdaLimits());
    templates.set(name, Template.fromStack(stack));
  }
  return templates.get(name)!;
}

/** The gate's report of a blueprint: all six cdk-nag packs, the Control Tower rules and the strict CloudFormation validator. */
function gateReport(name: string): ComplianceReport {
  if (!gateReports.has(name)) gateReports.set(name, blueprintComplianceReport(name));
  return gateReports.get(name)!;
}

function allGateReports(): BlueprintReport[] {
  return BLUEPRINTS.map(({ name }) => ({ name, report: gateReport(name) }));
}

describe.each(BLUEPRINTS.map(b => b.name))('blueprint %s', (name) => {
  test('matches its snapshot (asset and code hashes scrubbed)', () => {
    // A version's logical id ends with a hash of the function's code and configuration: a new version is the
    // point of a code change, so the hash is scrubbed here and the version's properties are still compared.
    const text = JSON.stringify(synthTemplate(name).toJSON()).replace(/(CurrentVersion[0-9A-F]{8})[0-9a-f]{32}/g, '$1<code-hash>');
    expect(JSON.parse(text)).toMatchSnapshot();
  });

  test('has no wildcard action and no Resource "*" outside the allow-list', () => {
    const template = synthTemplate(name);
    expect(iamStatements(template).length).toBeGreaterThan(0);
    expect(wildcardActions(template)).toEqual([]);
    for (const actions of wildcardResourceActions(template)) expect(WILDCARD_ALLOW_LIST).toContainEqual(actions);
  });

  test('every function has a version and a live alias, and no inline policy exists', () => {
    const template = synthTemplate(name);
    const functions = Object.entries(template.findResources('AWS::Lambda::Function'))
      .filter(([logicalId]) => !CDK_PROVIDER_FUNCTIONS.some(pattern => pattern.test(logicalId)));
    expect(Object.keys(template.findResources('AWS::Lambda::Alias'))).toHaveLength(functions.length);
    expect(Object.keys(template.findResources('AWS::Lambda::Version'))).toHaveLength(functions.length);
    const executionRoles = functions.map(([, f]: [string, any]) => f.Properties.Role['Fn::GetAtt'][0]);
    for (const policy of Object.values(template.findResources('AWS::IAM::Policy')) as any[]) {
      for (const role of policy.Properties.Roles ?? []) expect(executionRoles).not.toContain(role.Ref);
    }
    for (const role of executionRoles) {
      expect(template.toJSON().Resources[role].Properties.Policies).toBeUndefined();
      expect(template.toJSON().Resources[role].Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  test('passes the six cdk-nag packs, the Control Tower rules and the strict CloudFormation validator', () => {
    const report = gateReport(name);
    // Every checker evaluated its rules over this blueprint: an empty finding list means something only then.
    expect(report.coverage.map(coverage => coverage.checker)).toEqual([...ALL_NAG_PACKS, CONTROL_TOWER_CHECKER, CLOUDFORMATION_VALIDATE_CHECKER]);
    for (const coverage of report.coverage) expect(coverage.rulesEvaluated.length).toBeGreaterThan(0);
    expect(report.findings).toEqual([]);
  });

  test('carries only acknowledgements of the allow-list, with its reasons, and none that acknowledges nothing (test/support/acknowledgements.ts)', () => {
    expect(allowListViolations(gateReport(name), name, ALLOWED_ACKNOWLEDGEMENTS)).toEqual([]);
  });
});

describe('compliance gate over the registry', () => {
  test('every allow-list entry is used by a blueprint (remove stale entries from test/support/acknowledgements.ts)', () => {
    expect(staleAllowListEntries(allGateReports(), ALLOWED_ACKNOWLEDGEMENTS)).toEqual([]);
  });

  test('COMPLIANCE.md is the rendering of the gate\'s reports (run `npm run compliance-doc` after changing a blueprint, the library or the allow-list)', () => {
    expect(readFileSync(COMPLIANCE_MD, 'utf8')).toEqual(renderComplianceMarkdown(allGateReports()));
  });
});

describe('allow-list checks', () => {
  const ALLOW_LIST: AllowedAcknowledgement[] = [
    { ids: ['Serverless-LambdaDLQ'], reason: 'Failures go to the on-failure destination.', by: LIBRARY, where: 'the function', at: /\/Thing$/ },
    { ids: ['AwsSolutions-IAM5[Resource::*]'], reason: 'Only Alpha needs this.', by: 'Alpha', where: 'a policy of Alpha' },
  ];

  function acknowledged(ruleId: string, reason: string, blueprint = 'Alpha'): AcknowledgedFinding {
    return { checker: ruleId.split('-')[0], ruleId, resourcePath: `${blueprint}/Thing/Resource`, message: 'a finding', reason, acknowledgedAt: `${blueprint}/Thing` };
  }

  function report(acknowledgedFindings: AcknowledgedFinding[], unusedAcknowledgements: DeclaredAcknowledgement[] = []): ComplianceReport {
    return { findings: [], acknowledged: acknowledgedFindings, unusedAcknowledgements, coverage: [], durationMs: 0 };
  }

  test('accepts a listed id with its reason: library entries in any blueprint, a blueprint\'s entries in that blueprint', () => {
    const alpha = report([acknowledged('Serverless-LambdaDLQ', 'Failures go to the on-failure destination.'), acknowledged('AwsSolutions-IAM5[Resource::*]', 'Only Alpha needs this.')]);
    const beta = report([acknowledged('Serverless-LambdaDLQ', 'Failures go to the on-failure destination.', 'Beta')]);
    expect(allowListViolations(alpha, 'Alpha', ALLOW_LIST)).toEqual([]);
    expect(allowListViolations(beta, 'Beta', ALLOW_LIST)).toEqual([]);
    expect(staleAllowListEntries([{ name: 'Alpha', report: alpha }, { name: 'Beta', report: beta }], ALLOW_LIST)).toEqual([]);
  });

  test('names an unlisted id, a different reason, another blueprint\'s entry and an acknowledgement of nothing', () => {
    const beta = report([
      acknowledged('Serverless-LambdaTracing', 'Not traced.', 'Beta'),
      acknowledged('Serverless-LambdaDLQ', 'Another reason.', 'Beta'),
      acknowledged('AwsSolutions-IAM5[Resource::*]', 'Only Alpha needs this.', 'Beta'),
    ], [{ id: 'AwsSolutions-SQS3', reason: 'Nothing to acknowledge.', acknowledgedAt: 'Beta/Queue' }]);
    expect(allowListViolations(beta, 'Beta', ALLOW_LIST)).toEqual([
      'AwsSolutions-IAM5[Resource::*] on Beta/Thing/Resource (acknowledged at Beta/Thing): the allow-list gives this acknowledgement to Alpha only',
      'AwsSolutions-SQS3 (acknowledged at Beta/Queue): acknowledges no finding; remove it',
      'Serverless-LambdaDLQ on Beta/Thing/Resource (acknowledged at Beta/Thing): the reason "Another reason." is not the allow-list\'s for this id',
      'Serverless-LambdaTracing on Beta/Thing/Resource (acknowledged at Beta/Thing): the id is not in the allow-list (test/support/acknowledgements.ts)',
    ]);
  });

  test('aws-cdk-lib\'s own acknowledgements may acknowledge nothing, and are stale only when no blueprint declares them', () => {
    const flowLog: AllowedAcknowledgement = {
      ids: ['CloudFormation-Validate::F3002'], reason: 'camelCase is accepted.', by: AWS_CDK_LIB, where: 'every ec2.FlowLog', at: /\/FlowLog$/,
    };
    const declared = report([], [{ id: 'CloudFormation-Validate::F3002', reason: 'camelCase is accepted.', acknowledgedAt: 'Alpha/FlowLog' }]);
    expect(allowListViolations(declared, 'Alpha', [flowLog])).toEqual([]);
    expect(staleAllowListEntries([{ name: 'Alpha', report: declared }], [flowLog])).toEqual([]);
    expect(staleAllowListEntries([{ name: 'Alpha', report: report([]) }], [flowLog])).toEqual(['CloudFormation-Validate::F3002 (aws-cdk-lib, every ec2.FlowLog): used by no blueprint']);
  });

  test('a shared entry covers only acknowledgements declared where its code declares them: a blueprint cannot borrow the library\'s reason', () => {
    const borrowed = report([{ ...acknowledged('Serverless-LambdaDLQ', 'Failures go to the on-failure destination.'), acknowledgedAt: 'Alpha/OwnFunction' }]);
    expect(allowListViolations(borrowed, 'Alpha', ALLOW_LIST)).toEqual([
      'Serverless-LambdaDLQ on Alpha/Thing/Resource (acknowledged at Alpha/OwnFunction): the allow-list gives this acknowledgement to library code at /\\/Thing$/ only',
    ]);
    const flowLog: AllowedAcknowledgement = { ids: ['CloudFormation-Validate::F3002'], reason: 'camelCase is accepted.', by: AWS_CDK_LIB, where: 'every ec2.FlowLog', at: /\/FlowLog$/ };
    const elsewhere = report([], [{ id: 'CloudFormation-Validate::F3002', reason: 'camelCase is accepted.', acknowledgedAt: 'Alpha/Queue' }]);
    expect(allowListViolations(elsewhere, 'Alpha', [flowLog])).toEqual(['CloudFormation-Validate::F3002 (acknowledged at Alpha/Queue): acknowledges no finding; remove it']);
    const withoutPath = report([acknowledged('Serverless-LambdaDLQ', 'Failures go to the on-failure destination.')]);
    expect(allowListViolations(withoutPath, 'Alpha', [{ ...ALLOW_LIST[0], at: undefined }])).toHaveLength(1);
  });

  test('an entry whose id no blueprint acknowledges with its reason, or a blueprint\'s entry that only another blueprint uses, is stale', () => {
    const alpha = report([acknowledged('Serverless-LambdaDLQ', 'Another reason.')]);
    const beta = report([acknowledged('AwsSolutions-IAM5[Resource::*]', 'Only Alpha needs this.', 'Beta')]);
    expect(staleAllowListEntries([{ name: 'Alpha', report: alpha }, { name: 'Beta', report: beta }], ALLOW_LIST)).toEqual([
      'Serverless-LambdaDLQ (library, the function): used by no blueprint',
      'AwsSolutions-IAM5[Resource::*] (Alpha, a policy of Alpha): not used by Alpha',
    ]);
  });

  test('an entry given to several blueprints is accepted in each of them only, and stale for each one that does not use it', () => {
    const shared: AllowedAcknowledgement = { ids: ['AwsSolutions-IAM4'], reason: 'Backup\'s managed policy.', by: ['Alpha', 'Beta'], where: 'the backup role' };
    const carrying = (blueprint: string) => report([acknowledged('AwsSolutions-IAM4', 'Backup\'s managed policy.', blueprint)]);
    expect(allowListViolations(carrying('Alpha'), 'Alpha', [shared])).toEqual([]);
    expect(allowListViolations(carrying('Beta'), 'Beta', [shared])).toEqual([]);
    expect(allowListViolations(carrying('Gamma'), 'Gamma', [shared])).toEqual([
      'AwsSolutions-IAM4 on Gamma/Thing/Resource (acknowledged at Gamma/Thing): the allow-list gives this acknowledgement to Alpha, Beta only',
    ]);
    expect(staleAllowListEntries([{ name: 'Alpha', report: carrying('Alpha') }, { name: 'Beta', report: carrying('Beta') }], [shared])).toEqual([]);
    expect(staleAllowListEntries([{ name: 'Alpha', report: carrying('Alpha') }, { name: 'Beta', report: report([]) }], [shared])).toEqual([
      'AwsSolutions-IAM4 (Beta, the backup role): not used by Beta',
    ]);
  });
});
