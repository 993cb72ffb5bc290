import { App, Aspects, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { LambdaLimits } from '../../../lib';
import { cfnFunction, limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.LayerRegion';
const arn = (region: string) => `arn:aws:lambda:${region}:123456789012:layer:deps:1`;

describe(RULE, () => {
  test.each([['us-east-1', false], ['eu-west-1', true], ['us-east-2', true]])('a layer in %s (function in us-east-1) warns: %p', (region, warns) => {
    expect(findingsFor(RULE, { Layers: [arn(region)] })).toHaveLength(warns ? 1 : 0);
  });

  test('warns on an aws-cdk-lib Function given a layer from another Region', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Layered', { layers: [lambda.LayerVersion.fromLayerVersionArn(stack, 'L', arn('eu-west-1'))] });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Layered/Resource: \`Layers\` must be a layer in us-east-1, the function's Region, got: '${arn('eu-west-1')}'.`,
    )]);
  });

  test('says nothing when the stack Region is unknown', () => {
    const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Agnostic');
    Aspects.of(app).add(new LambdaLimits());
    cfnFunction(stack, 'Fn', { layers: [arn('eu-west-1')] });
    expect(ruleFindings(app, RULE)).toEqual([]);
  });
});
