import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.CodeSigningConfigArn';
const ARN = 'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0';

describe(RULE, () => {
  test.each([
    [ARN, false], [ARN.replace('us-east-1', 'us-gov-west-1').replace('arn:aws:', 'arn:aws-us-gov:'), false],
    [ARN.slice(0, -1), true], ['csc-0123456789abcdef0', true], [ARN.replace(':lambda:', ':signer:'), true],
  ])('CodeSigningConfigArn %p fails: %p', (arn, fails) => {
    expect(findingsFor(RULE, { CodeSigningConfigArn: arn })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Signed');
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('CodeSigningConfigArn', 'csc-0123456789abcdef0');
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Signed/Resource: \`CodeSigningConfigArn\` must be a code signing config ARN ending in code-signing-config:csc-<17 characters> of at most 200 characters, got: 'csc-0123456789abcdef0'.`,
    )]);
  });

  test('does not flag a GetAtt', () => {
    expect(findingsFor(RULE, { CodeSigningConfigArn: { 'Fn::GetAtt': ['Csc', 'CodeSigningConfigArn'] } })).toEqual([]);
  });
});
