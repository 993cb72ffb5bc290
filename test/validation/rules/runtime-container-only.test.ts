import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings, s3Code } from '../function-helpers';

const RULE = 'LambdaKit.Runtime.ContainerOnly';

describe(RULE, () => {
  test.each([['dotnet9', true], ['dotnet8', false], ['dotnet10', false]])('a .zip function on %s fails: %p', (runtime, fails) => {
    expect(findingsFor(RULE, { Runtime: runtime })).toHaveLength(fails ? 1 : 0);
  });

  test('fails aws-cdk-lib Runtime.DOTNET_9, which synthesizes as a .zip function', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Dotnet9', {
      runtime: lambda.Runtime.DOTNET_9,
      handler: 'App::App.Function::Handler',
      code: s3Code(stack),
    });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Dotnet9/Resource: \`Runtime\` must be a runtime Lambda offers for .zip packages, got: 'dotnet9'.`,
    )]);
  });

  test('does not flag a runtime parameter', () => {
    expect(findingsFor(RULE, { Runtime: { Ref: 'Runtime' } })).toEqual([]);
  });
});
