import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.LayerOneVersion';
const arn = (name: string, version: number, account = '123456789012') => `arn:aws:lambda:us-east-1:${account}:layer:${name}:${version}`;

describe(RULE, () => {
  test.each([
    ['different layers', [arn('a', 1), arn('b', 1)], 0],
    ['same name in two accounts', [arn('a', 1), arn('a', 2, '210987654321')], 0],
    ['two versions of one layer', [arn('a', 1), arn('a', 2)], 1],
    ['three versions of one layer', [arn('a', 1), arn('a', 2), arn('a', 3)], 2],
  ])('%s: %d warnings', (_name, arns, count) => {
    expect(findingsFor(RULE, { Layers: arns })).toHaveLength(count);
  });

  test('catches two in-app versions of the same layer name', () => {
    const findings = findingsFor(RULE, { Layers: [{ Ref: 'V1' }, { Ref: 'V2' }] }, {
      setup: stack => ['V1', 'V2'].forEach(id =>
        new lambda.CfnLayerVersion(stack, id, { layerName: 'shared', content: { s3Bucket: 'b', s3Key: `${id}.zip` } }).overrideLogicalId(id)),
    });
    expect(findings).toEqual([expect.stringContaining("`Layers` must be one version per layer, got: 'Stack/V2'.")]);
  });

  test('warns on an aws-cdk-lib Function given two versions of an imported layer', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Layered', {
      layers: [lambda.LayerVersion.fromLayerVersionArn(stack, 'A', arn('deps', 4)), lambda.LayerVersion.fromLayerVersionArn(stack, 'B', arn('deps', 5))],
    });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Layered/Resource: \`Layers\` must be one version per layer, got: '${arn('deps', 5)}'. Keep only one version`,
    )]);
  });

  test('does not compare unresolved items', () => {
    expect(findingsFor(RULE, { Layers: [arn('a', 1), { 'Fn::Sub': arn('a', 2) }] })).toEqual([]);
  });
});
