import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.LayerCount';
const layers = (count: number) => Array.from({ length: count }, (_, i) => `arn:aws:lambda:us-east-1:123456789012:layer:layer${i}:1`);

describe(RULE, () => {
  test.each([[0, false], [5, false], [6, true]])('%d layers fail: %p', (count, fails) => {
    expect(findingsFor(RULE, { Layers: layers(count) })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Layered');
    (fn.node.defaultChild as CfnFunction).addPropertyOverride('Layers', layers(7));
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Layered/Resource: \`Layers\` must be at most 5 layers, got: '7 layers'.`)]);
  });

  test('does not flag an unresolved list', () => {
    expect(findingsFor(RULE, { Layers: { 'Fn::Split': [',', { Ref: 'Layers' }] } })).toEqual([]);
  });
});
