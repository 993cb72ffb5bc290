import { App, Aspects, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { LambdaLimits } from '../../../lib';
import { cfnFunction } from '../helpers';
import { l2Function, ruleFindings, s3Code } from '../function-helpers';

const RULE = 'LambdaKit.SnapStart.Region';

function appIn(region?: string) {
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Stack', region ? { env: { account: '123456789012', region } } : {});
  Aspects.of(app).add(new LambdaLimits());
  return { app, stack };
}

describe(RULE, () => {
  test.each([['ap-southeast-6', true], ['ap-east-2', true], ['ap-southeast-2', false], ['us-east-1', false], [undefined, false]])('SnapStart in %p warns: %p', (region, warns) => {
    const { app, stack } = appIn(region);
    const fn = cfnFunction(stack, 'Fn', { runtime: 'java21', snapStart: { applyOn: 'PublishedVersions' } });
    new lambda.CfnVersion(stack, 'Version', { functionName: fn.ref });
    expect(ruleFindings(app, RULE)).toHaveLength(warns ? 1 : 0);
  });

  test('warns on an aws-cdk-lib Function in Auckland', () => {
    const { app, stack } = appIn('ap-southeast-6');
    const fn = l2Function(stack, 'Java', { runtime: lambda.Runtime.JAVA_21, code: s3Code(stack), snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
    void fn.currentVersion; // publishes a version
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Java/Resource: \`SnapStart\` must be absent in ap-southeast-6, where SnapStart is not available, got: {"ApplyOn":"PublishedVersions"}.`,
    )]);
  });
});
