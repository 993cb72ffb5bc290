import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { CustomerManagedKey } from '../../lib';
import { complianceFindings } from '../support/compliance';

const ENV = { account: '123456789012', region: 'eu-west-1' };

test('rotates yearly by default and denies grants to all but AWS services acting for AWS resources', () => {
  const stack = new Stack(new App(), 'Stack', { env: ENV });
  new CustomerManagedKey(stack, 'Key', { description: 'payments' });
  Template.fromStack(stack).hasResourceProperties('AWS::KMS::Key', {
    Description: 'payments',
    EnableKeyRotation: true,
    KeyPolicy: { Statement: Match.arrayWith([{
      Sid: 'DenyGrantsExceptForAwsServices',
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 'kms:CreateGrant',
      Resource: '*',
      Condition: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
    }]) },
  });
});

test('rotation stays on when a caller passes enableKeyRotation through as undefined', () => {
  const stack = new Stack(new App(), 'Stack', { env: ENV });
  const passedThrough: { rotate?: boolean } = {};
  new CustomerManagedKey(stack, 'Key', { enableKeyRotation: passedThrough.rotate });
  Template.fromStack(stack).hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
});

test('takes aws-cdk-lib key props, rotation included', () => {
  const stack = new Stack(new App(), 'Stack', { env: ENV });
  new CustomerManagedKey(stack, 'Key', { enableKeyRotation: false, alias: 'alias/payments' });
  Template.fromStack(stack).hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: false });
  Template.fromStack(stack).hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/payments' });
});

test('passes every cdk-nag pack, the Control Tower rules (CT.KMS.PR.1, CT.KMS.PR.3) and the CloudFormation validator', () => {
  expect(complianceFindings(app => new CustomerManagedKey(new Stack(app, 'Stack', { env: ENV }), 'Key'))).toEqual([]);
});
