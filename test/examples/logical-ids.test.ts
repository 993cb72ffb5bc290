import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { BLUEPRINT_ENV, BLUEPRINTS } from '../../examples';

/**
 * Logical ids are a contract: renaming one replaces the resource (a new queue loses its messages, a new role
 * breaks trust relationships). The ids of every stateful or identity-bearing resource of every blueprint are
 * recorded in logical-ids.json; a change fails this test unless the record is updated on purpose with
 * `UPDATE_LOGICAL_IDS=1 npx jest test/examples/logical-ids`.
 */
const RECORD = join(__dirname, 'logical-ids.json');

const CONTRACT_TYPES = [
  'AWS::Lambda::Function', 'AWS::Lambda::Alias', 'AWS::Lambda::EventSourceMapping', 'AWS::Lambda::Url',
  'AWS::SQS::Queue', 'AWS::SNS::Topic', 'AWS::DynamoDB::Table', 'AWS::Kinesis::Stream', 'AWS::S3::Bucket',
  'AWS::Logs::LogGroup', 'AWS::KMS::Key', 'AWS::IAM::Role', 'AWS::IAM::ManagedPolicy', 'AWS::EC2::SecurityGroup',
  'AWS::CodeDeploy::DeploymentGroup', 'AWS::CodeDeploy::Application', 'AWS::Events::Rule',
];

/** Versions are content-addressed on purpose (a new version per change): their hash suffix is not part of the contract. */
const VERSION_ID = /^(.*CurrentVersion[0-9A-F]{8})[0-9a-f]{32}$/;

function currentIds(): Record<string, Record<string, string[]>> {
  const record: Record<string, Record<string, string[]>> = {};
  for (const blueprint of BLUEPRINTS) {
    const app = new App();
    const resources = Template.fromStack(blueprint.create(app, BLUEPRINT_ENV)).toJSON().Resources as Record<string, { Type: string }>;
    const byType: Record<string, string[]> = {};
    for (const [logicalId, resource] of Object.entries(resources)) {
      const type = resource.Type;
      if (!CONTRACT_TYPES.includes(type) && type !== 'AWS::Lambda::Version') continue;
      (byType[type] ??= []).push(logicalId.replace(VERSION_ID, '$1<code-hash>'));
    }
    for (const ids of Object.values(byType)) ids.sort();
    record[blueprint.name] = Object.fromEntries(Object.entries(byType).sort(([a], [b]) => a.localeCompare(b)));
  }
  return record;
}

test('the logical ids of stateful and identity resources match the record (update it on purpose only)', () => {
  const current = currentIds();
  if (process.env.UPDATE_LOGICAL_IDS === '1') writeFileSync(RECORD, JSON.stringify(current, null, 2) + '\n');
  const recorded = JSON.parse(readFileSync(RECORD, 'utf8'));
  expect(current).toEqual(recorded);
});
