import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.EnvironmentReserved';

describe(RULE, () => {
  test.each([
    ['AWS_REGION', true], ['_HANDLER', true], ['LAMBDA_TASK_ROOT', true], ['AWS_SESSION_TOKEN', true],
    ['AWS_REGION_NAME', false], ['TZ', false], ['aws_region', false], ['AWS_LAMBDA_EXEC_WRAPPER', false],
  ])('key %p fails: %p', (key, fails) => {
    expect(findingsFor(RULE, { 'Environment.Variables': { [key]: 'value' } })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an override that slips past aws-cdk-lib', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Env', { environment: { STAGE: 'prod' } });
    (fn.node.defaultChild as CfnFunction).addPropertyOverride('Environment.Variables.AWS_REGION', 'eu-west-1');
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Env/Resource: \`Environment.Variables\` must be free of names the Lambda runtime reserves, got: 'AWS_REGION'. Remove 'AWS_REGION'`,
    )]);
  });

  test('does not look inside an unresolved map', () => {
    expect(findingsFor(RULE, { Environment: { Variables: { 'Fn::ImportValue': 'Vars' } } })).toEqual([]);
  });
});
