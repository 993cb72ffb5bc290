import { App, Aspects } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { BLUEPRINT_ENV, BLUEPRINTS } from '../../examples';
import { LambdaLimits } from '../../lib';
import { complianceFindings } from '../support/compliance';

/** The only IAM statements allowed on Resource "*": actions AWS offers no resource-level permission for. */
const WILDCARD_ALLOW_LIST = [
  ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
];

function synthTemplate(name: string): Template {
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' } });
  const stack = BLUEPRINTS.find(b => b.name === name)!.create(app, BLUEPRINT_ENV);
  Aspects.of(app).add(new LambdaLimits());
  return Template.fromStack(stack);
}

function statements(template: Template): any[] {
  const documents = [
    ...Object.values(template.findResources('AWS::IAM::ManagedPolicy')).map((r: any) => r.Properties.PolicyDocument),
    ...Object.values(template.findResources('AWS::IAM::Policy')).map((r: any) => r.Properties.PolicyDocument),
  ];
  return documents.flatMap(document => document.Statement);
}

describe.each(BLUEPRINTS.map(b => b.name))('blueprint %s', (name) => {
  test('matches its snapshot (asset and code hashes scrubbed)', () => {
    // A version's logical id ends with a hash of the function's code and configuration: a new version is the
    // point of a code change, so the hash is scrubbed here and the version's properties are still compared.
    const text = JSON.stringify(synthTemplate(name).toJSON()).replace(/(CurrentVersion[0-9A-F]{8})[0-9a-f]{32}/g, '$1<code-hash>');
    expect(JSON.parse(text)).toMatchSnapshot();
  });

  test('has no IAM statement with Action "*" and no Resource "*" outside the allow-list', () => {
    const all = statements(synthTemplate(name));
    expect(all.length).toBeGreaterThan(0);
    for (const statement of all) {
      expect([statement.Action].flat()).not.toContain('*');
      const resources = [statement.Resource].flat();
      if (resources.includes('*')) expect(WILDCARD_ALLOW_LIST).toContainEqual([statement.Action].flat());
    }
  });

  test('every function has a version and a live alias, and no inline policy exists', () => {
    const template = synthTemplate(name);
    const functions = Object.keys(template.findResources('AWS::Lambda::Function'));
    expect(Object.keys(template.findResources('AWS::Lambda::Alias'))).toHaveLength(functions.length);
    expect(Object.keys(template.findResources('AWS::Lambda::Version'))).toHaveLength(functions.length);
    const executionRoles = Object.values(template.findResources('AWS::Lambda::Function')).map((f: any) => f.Properties.Role['Fn::GetAtt'][0]);
    for (const policy of Object.values(template.findResources('AWS::IAM::Policy')) as any[]) {
      for (const role of policy.Properties.Roles ?? []) expect(executionRoles).not.toContain(role.Ref);
    }
    for (const role of executionRoles) {
      expect(template.toJSON().Resources[role].Properties.Policies).toBeUndefined();
      expect(template.toJSON().Resources[role].Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  test('passes cdk-nag AwsSolutions and Serverless, the Control Tower rules and the strict CloudFormation validator', () => {
    const blueprint = BLUEPRINTS.find(b => b.name === name)!;
    expect(complianceFindings(app => blueprint.create(app, BLUEPRINT_ENV), { nagPacks: ['AwsSolutions', 'Serverless'] })).toEqual([]);
  });
});
