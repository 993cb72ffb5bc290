import { Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings, s3Code } from '../function-helpers';

const RULE = 'LambdaKit.SnapStart.PublishedVersion';
const ON = { Runtime: 'java21', SnapStart: { ApplyOn: 'PublishedVersions' } };

function version(functionName: unknown) {
  return (stack: Stack) => new lambda.CfnVersion(stack, 'Version', { functionName: 'placeholder' }).addPropertyOverride('FunctionName', functionName);
}

describe(RULE, () => {
  test.each([
    ['no version', undefined, true],
    ['a version by Ref', version({ Ref: 'Fn' }), false],
    ['a version by GetAtt Arn', version({ 'Fn::GetAtt': ['Fn', 'Arn'] }), false],
    ['a version of another function', version('other-function'), true],
    ['a version of an imported function', version({ 'Fn::ImportValue': 'FnName' }), false],
  ])('SnapStart with %s warns: %#', (_name, setup, warns) => {
    expect(findingsFor(RULE, ON, { setup: setup && ((stack, fn) => { fn.overrideLogicalId('Fn'); setup(stack); }) })).toHaveLength(warns ? 1 : 0);
  });

  test('a version naming the function by its literal name counts', () => {
    expect(findingsFor(RULE, { ...ON, FunctionName: 'orders' }, { setup: version('orders') })).toEqual([]);
    expect(findingsFor(RULE, { ...ON, FunctionName: 'orders' }, { setup: version('arn:aws:lambda:us-east-1:123456789012:function:orders') })).toEqual([]);
  });

  test('warns on an aws-cdk-lib Function with SnapStart and no version, and not once it has one', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Java', { runtime: lambda.Runtime.JAVA_21, code: s3Code(stack), snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Java/Resource: \`SnapStart\` must be used with a published version (an AWS::Lambda::Version of this function), got: {"ApplyOn":"PublishedVersions"}.`,
    )]);

    const published = limitsApp();
    const fn = l2Function(published.stack, 'Java', { runtime: lambda.Runtime.JAVA_21, code: s3Code(published.stack), snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
    void fn.currentVersion; // publishes a version
    expect(ruleFindings(published.app, RULE)).toEqual([]);
  });
});
