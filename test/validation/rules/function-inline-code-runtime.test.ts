import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.InlineCodeRuntime';

describe(RULE, () => {
  test.each([
    ['nodejs22.x', false], ['python3.13', false], ['nodejs24.x', false], ['java21', true], ['provided.al2023', true], ['ruby3.4', true], ['dotnet8', true],
  ])('inline code with %s fails: %p', (runtime, fails) => {
    expect(findingsFor(RULE, { Code: { ZipFile: 'code' }, Runtime: runtime })).toHaveLength(fails ? 1 : 0);
  });

  test('S3 code may use any runtime', () => {
    expect(findingsFor(RULE, { Runtime: 'java21' })).toEqual([]);
  });

  test('catches a runtime override on an aws-cdk-lib inline function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Inline');
    (fn.node.defaultChild as CfnFunction).addPropertyOverride('Runtime', 'java21');
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Inline/Resource: \`Runtime\` must be a nodejs* or python* runtime when the code is inline (Code.ZipFile), got: 'java21'.`,
    )]);
  });

  test('does not flag a Runtime parameter', () => {
    expect(findingsFor(RULE, { Code: { ZipFile: 'code' }, Runtime: { Ref: 'Runtime' } })).toEqual([]);
  });
});
