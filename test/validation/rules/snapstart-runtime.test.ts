import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.SnapStart.Runtime';
const ON = { SnapStart: { ApplyOn: 'PublishedVersions' } };

describe(RULE, () => {
  test.each([
    ['java21', false], ['java11', false], ['python3.12', false], ['dotnet8', false],
    ['nodejs22.x', true], ['python3.11', true], ['java8.al2', true], ['provided.al2023', true],
  ])('SnapStart on %s fails: %p', (runtime, fails) => {
    expect(findingsFor(RULE, { Runtime: runtime, ...ON })).toHaveLength(fails ? 1 : 0);
  });

  test('SnapStart ApplyOn None is off', () => {
    expect(findingsFor(RULE, { SnapStart: { ApplyOn: 'None' } })).toEqual([]);
  });

  test('catches an override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Node');
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('SnapStart', { ApplyOn: 'PublishedVersions' });
    void fn.currentVersion; // publishes a version
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Node/Resource: \`SnapStart\` must be absent or ApplyOn None with runtime nodejs22.x (SnapStart supports Java 11+, Python 3.12+ and .NET 8+), got: {"ApplyOn":"PublishedVersions"}.`,
    )]);
  });

  test('does not flag a runtime parameter', () => {
    expect(findingsFor(RULE, { Runtime: { Ref: 'Runtime' }, ...ON })).toEqual([]);
  });
});
