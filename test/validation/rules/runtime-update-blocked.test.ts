import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Runtime.UpdateBlocked';

describe(RULE, () => {
  test.each([
    ['nodejs20.x', '2027-03-02', false], ['nodejs20.x', '2027-03-03', true], ['nodejs12.x', '2026-11-22', true], ['nodejs22.x', '2026-11-22', false],
  ])('%s on %s fails: %p', (runtime, evaluationDate, fails) => {
    expect(findingsFor(RULE, { Runtime: runtime }, { props: { evaluationDate } })).toHaveLength(fails ? 1 : 0);
  });

  test('fails an aws-cdk-lib Function on Node.js 12 and suggests the upgrade', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Old', { runtime: lambda.Runtime.NODEJS_12_X });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Old/Resource: \`Runtime\` must be a runtime Lambda still deploys (nodejs12.x: updates blocked since 2023-04-30), got: 'nodejs12.x'. Upgrade the function to nodejs24.x`,
    )]);
  });

  test('does not flag a runtime parameter', () => {
    expect(findingsFor(RULE, { Runtime: { Ref: 'Runtime' } })).toEqual([]);
  });
});
