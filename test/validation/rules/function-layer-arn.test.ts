import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.LayerArn';

describe(RULE, () => {
  test.each([
    ['arn:aws:lambda:us-east-1:123456789012:layer:my-layer:3', false],
    ['arn:aws-cn:lambda:cn-north-1:123456789012:layer:my_layer:12', false],
    ['arn:aws:lambda:::awslayer:AmazonLinux2', false],
    ['arn:aws:lambda:us-east-1:123456789012:layer:my-layer', true],
    ['arn:aws:lambda:us-east-1:123456789012:layer:my-layer:latest', true],
    ['my-layer:3', true],
    [`arn:aws:lambda:us-east-1:123456789012:layer:${'l'.repeat(94)}:1`, false], // 140 characters
    [`arn:aws:lambda:us-east-1:123456789012:layer:${'l'.repeat(95)}:1`, true],
  ])('%s fails: %p', (arn, fails) => {
    expect(findingsFor(RULE, { Layers: [arn] })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an unversioned ARN given to an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const arn = 'arn:aws:lambda:us-east-1:123456789012:layer:my-layer';
    l2Function(stack, 'Layered', { layers: [lambda.LayerVersion.fromLayerVersionArn(stack, 'L', arn)] });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Layered/Resource: \`Layers\` must be a layer version ARN such as arn:aws:lambda:us-east-1:123456789012:layer:my-layer:3 (at most 140 characters), got: '${arn}'. Add the version number`,
    )]);
  });

  test('does not flag references and intrinsics', () => {
    expect(findingsFor(RULE, { Layers: [{ Ref: 'LayerParam' }, { 'Fn::Sub': 'arn:aws:lambda:${AWS::Region}:123456789012:layer:x:1' }] })).toEqual([]);
  });
});
