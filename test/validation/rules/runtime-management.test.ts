import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Runtime.ManualVersion';
const VERSION_ARN = 'arn:aws:lambda:us-east-1::runtime:0af9b0b1d37a1b4b8ad4b0f5d3c1a1a1e1b1a1b1c1d1e1f101112131415161718';

describe(RULE, () => {
  test.each([
    [{ UpdateRuntimeOn: 'Auto' }, false],
    [{ UpdateRuntimeOn: 'Manual', RuntimeVersionArn: VERSION_ARN }, false],
    [{ UpdateRuntimeOn: 'Manual' }, true],
  ])('%p warns: %p', (config, warns) => {
    expect(findingsFor(RULE, { RuntimeManagementConfig: config })).toHaveLength(warns ? 1 : 0);
  });

  test('warns on an override of an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Pinned', { runtimeManagementMode: lambda.RuntimeManagementMode.manual(VERSION_ARN) });
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyDeletionOverride('RuntimeManagementConfig.RuntimeVersionArn');
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Pinned/Resource: \`RuntimeManagementConfig.RuntimeVersionArn\` must be set when UpdateRuntimeOn is Manual, got: '(absent)'.`,
    )]);
  });

  test('an unresolved mode is not Manual', () => {
    expect(findingsFor(RULE, { RuntimeManagementConfig: { UpdateRuntimeOn: { Ref: 'Mode' } } })).toEqual([]);
  });
});
