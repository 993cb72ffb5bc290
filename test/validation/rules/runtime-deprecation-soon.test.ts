import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings, s3Code } from '../function-helpers';

const RULE = 'LambdaKit.Runtime.DeprecationSoon';

describe(RULE, () => {
  test.each([
    ['nodejs22.x', '2027-01-29', false], // 91 days before 2027-04-30
    ['nodejs22.x', '2027-01-30', true], // 90 days before
    ['nodejs22.x', '2027-04-29', true],
    ['nodejs22.x', '2027-04-30', false], // deprecated that day: the Deprecated rule reports it
    ['nodejs26.x', '2027-04-29', false],
  ])('%s on %s warns: %p', (runtime, evaluationDate, warns) => {
    expect(findingsFor(RULE, { Runtime: runtime }, { props: { evaluationDate } })).toHaveLength(warns ? 1 : 0);
  });

  test('warns on an aws-cdk-lib Function whose runtime deprecates within 90 days', () => {
    const { app, stack } = limitsApp({ evaluationDate: '2027-02-01' });
    l2Function(stack, 'Ruby', { runtime: lambda.Runtime.RUBY_3_3, code: s3Code(stack) });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Ruby/Resource: \`Runtime\` must be a runtime that does not deprecate within 90 days (ruby3.3: deprecates on 2027-03-31), got: 'ruby3.3'. Upgrade the function to ruby4.0`,
    )]);
  });

  test('does not flag a runtime parameter', () => {
    expect(findingsFor(RULE, { Runtime: { Ref: 'Runtime' } }, { props: { evaluationDate: '2027-04-01' } })).toEqual([]);
  });
});
