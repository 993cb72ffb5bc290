import { Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Deployment, ServerlessFunction } from '../../lib';
import { complianceFindings } from '../support/compliance';

const ENV = { account: '123456789012', region: 'eu-west-1' };
const REQUIRED = {
  runtime: lambda.Runtime.NODEJS_24_X,
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  handler: 'index.handler',
};

describe('ServerlessFunction compliance', () => {
  test('with only required props: zero unacknowledged findings from AwsSolutions, Serverless, Control Tower and the strict CloudFormation validator', () => {
    const findings = complianceFindings(app => {
      new ServerlessFunction(new Stack(app, 'Defaults', { env: ENV }), 'Fn', REQUIRED);
    }, { nagPacks: ['AwsSolutions', 'Serverless'] });
    expect(findings).toEqual([]);
  });

  test('with a canary deployment and defaults otherwise: zero unacknowledged findings', () => {
    const findings = complianceFindings(app => {
      new ServerlessFunction(new Stack(app, 'Canary', { env: ENV }), 'Fn', { ...REQUIRED, deployment: Deployment.CANARY_10_PERCENT_5_MINUTES });
    }, { nagPacks: ['AwsSolutions', 'Serverless'] });
    expect(findings).toEqual([]);
  });
});
