import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Runtime.Deprecated';

describe(RULE, () => {
  test.each([
    ['nodejs20.x', '2026-04-29', false], ['nodejs20.x', '2026-04-30', true], ['nodejs20.x', '2027-01-31', true],
    ['nodejs20.x', '2027-02-01', false], // create-blocked by then: an error of another rule
    ['python3.10', '2026-11-22', true], ['dotnet8', '2026-11-22', true], ['nodejs22.x', '2026-11-22', false], ['java17.al2023', '2026-11-22', false],
  ])('%s on %s warns: %p', (runtime, evaluationDate, warns) => {
    expect(findingsFor(RULE, { Runtime: runtime }, { props: { evaluationDate } })).toHaveLength(warns ? 1 : 0);
  });

  test('warns on an aws-cdk-lib Function on Node.js 20, which aws-cdk-lib does not mark deprecated, naming the dates', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Node20', { runtime: lambda.Runtime.NODEJS_20_X });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Node20/Resource: \`Runtime\` must be a runtime that is not deprecated (nodejs20.x: deprecated since 2026-04-30, creation blocked from 2027-02-01), got: 'nodejs20.x'. Upgrade the function to nodejs24.x`,
    )]);
  });

  test('can be skipped', () => {
    expect(findingsFor(RULE, { Runtime: 'python3.10' }, { props: { skipRules: [RULE] } })).toEqual([]);
  });
});
