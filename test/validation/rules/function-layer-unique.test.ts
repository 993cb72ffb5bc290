import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.LayerUnique';
const ARN = 'arn:aws:lambda:us-east-1:123456789012:layer:shared:4';

describe(RULE, () => {
  test.each([
    ['one layer', [ARN], 0],
    ['two versions', [ARN, ARN.replace(':4', ':5')], 0],
    ['the same ARN twice', [ARN, ARN], 1],
    ['the same ARN three times', [ARN, ARN, ARN], 2],
  ])('%s: %d findings', (_name, arns, count) => {
    expect(findingsFor(RULE, { Layers: arns })).toHaveLength(count);
  });

  test('catches the same in-app layer referenced twice', () => {
    const findings = findingsFor(RULE, { Layers: [{ Ref: 'Layer' }, { Ref: 'Layer' }] }, {
      setup: stack => new lambda.CfnLayerVersion(stack, 'Layer', { content: { s3Bucket: 'b', s3Key: 'k' } }).overrideLogicalId('Layer'),
    });
    expect(findings).toEqual([expect.stringContaining("`Layers` must be a list without duplicates, got: 'Stack/Layer'. Remove the second reference to Stack/Layer.")]);
  });

  test('catches one imported layer added twice to an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Layered', {
      layers: [lambda.LayerVersion.fromLayerVersionArn(stack, 'A', ARN), lambda.LayerVersion.fromLayerVersionArn(stack, 'B', ARN)],
    });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Layered/Resource: \`Layers\` must be a list without duplicates, got: '${ARN}'.`)]);
  });

  test('does not compare unresolved items', () => {
    expect(findingsFor(RULE, { Layers: [{ 'Fn::ImportValue': 'L' }, { 'Fn::ImportValue': 'L' }] })).toEqual([]);
  });
});
