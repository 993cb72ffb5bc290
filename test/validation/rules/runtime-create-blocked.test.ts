import * as lambda from 'aws-cdk-lib/aws-lambda';
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { LambdaLimits } from '../../../lib';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Runtime.CreateBlocked';

describe(RULE, () => {
  test.each([
    ['nodejs20.x', '2027-01-31', false], ['nodejs20.x', '2027-02-01', true], ['nodejs20.x', '2027-03-02', true],
    ['nodejs20.x', '2027-03-03', false], // update-blocked by then: the stricter rule reports it
    ['go1.x', '2026-11-22', true], ['python3.10', '2026-11-22', false],
  ])('%s on %s fails: %p', (runtime, evaluationDate, fails) => {
    expect(findingsFor(RULE, { Runtime: runtime }, { props: { evaluationDate } })).toHaveLength(fails ? 1 : 0);
  });

  test('fails an aws-cdk-lib Function on Python 3.7', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Old', { runtime: lambda.Runtime.PYTHON_3_7, handler: 'index.handler' });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Old/Resource: \`Runtime\` must be a runtime Lambda still creates functions on (python3.7: creation blocked since 2024-01-09, updates blocked from 2027-03-03), got: 'python3.7'. Upgrade the function to python3.14`,
    )]);
  });

  test('uses the evaluation date from the context when no prop is given', () => {
    const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2027-02-01' }, builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Stack');
    Aspects.of(app).add(new LambdaLimits());
    l2Function(stack, 'Soon', { runtime: lambda.Runtime.NODEJS_20_X });
    expect(ruleFindings(app, RULE)).toHaveLength(1);
  });
});
