import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings, s3Code } from '../function-helpers';

const RULE = 'LambdaKit.Runtime.Known';

describe(RULE, () => {
  test.each([
    ['nodejs22.x', false], ['python3.15', false], ['java17.al2023', false], ['provided.al2023', false],
    ['nodejs22', true], ['Python3.13', true], ['node22.x', true], ['', true],
  ])('%p warns: %p', (runtime, warns) => {
    expect(findingsFor(RULE, { Runtime: runtime })).toHaveLength(warns ? 1 : 0);
  });

  test('warns on a custom aws-cdk-lib Runtime', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Custom', { runtime: new lambda.Runtime('nodejs99.x', lambda.RuntimeFamily.NODEJS), code: s3Code(stack) });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Custom/Resource: \`Runtime\` must be a Lambda runtime identifier such as nodejs22.x, python3.13 or java21, got: 'nodejs99.x'.`,
    )]);
  });

  test('does not flag a runtime parameter', () => {
    expect(findingsFor(RULE, { Runtime: { Ref: 'Runtime' } })).toEqual([]);
  });
});
