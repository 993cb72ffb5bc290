import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnAlias, cfnVersion, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.SnapStart.NoProvisionedConcurrency';
const pc = { provisionedConcurrencyConfig: { provisionedConcurrentExecutions: 1 } };

describe(RULE, () => {
  test.each([['PublishedVersions', true], ['None', false]])('SnapStart %s with PC on a version fails: %s', (applyOn, fails) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn', { runtime: 'java21', snapStart: { applyOn } });
    cfnVersion(stack, 'V', fn, pc);
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('SnapStart without PC is fine', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn', { runtime: 'java21', snapStart: { applyOn: 'PublishedVersions' } });
    cfnAlias(stack, 'Alias', fn, cfnVersion(stack, 'V', fn));
    expect(errorRuleIds(app)).not.toContain(RULE);
  });

  test('catches an L2 SnapStart function with a provisioned alias', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn', { runtime: lambda.Runtime.JAVA_21, handler: 'a.B::handle', code: lambda.Code.fromBucketV2(s3.Bucket.fromBucketName(stack, 'B', 'code-bucket'), 'code.zip'), snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion, provisionedConcurrentExecutions: 3 });
    expect(synthErrors(app).filter(line => line.includes(RULE))).toEqual([
      expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`ProvisionedConcurrencyConfig\` must be absent: Stack/Fn/Resource uses SnapStart, which does not support provisioned concurrency, got: {"ProvisionedConcurrentExecutions":3}.`),
    ]);
  });

  test('does not flag a token SnapStart setting', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn', { runtime: 'java21' });
    fn.addPropertyOverride('SnapStart', { ApplyOn: { Ref: 'Snap' } });
    cfnVersion(stack, 'V', fn, pc);
    expect(errorRuleIds(app)).not.toContain(RULE);
  });
});
