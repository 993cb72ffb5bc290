import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings, s3Code } from '../function-helpers';

const RULE = 'LambdaKit.SnapStart.TenantIsolation';
const ON = { Runtime: 'java21', SnapStart: { ApplyOn: 'PublishedVersions' } };

describe(RULE, () => {
  test.each([['PER_TENANT', true], [undefined, false]])('SnapStart with TenantIsolationMode %p warns: %p', (mode, warns) => {
    expect(findingsFor(RULE, { ...ON, ...(mode ? { TenancyConfig: { TenantIsolationMode: mode } } : {}) }, {
      setup: (stack, fn) => { new lambda.CfnVersion(stack, 'Version', { functionName: fn.ref }); },
    })).toHaveLength(warns ? 1 : 0);
  });

  test('warns on an override of an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Java', { runtime: lambda.Runtime.JAVA_21, code: s3Code(stack), snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('TenancyConfig', { TenantIsolationMode: 'PER_TENANT' });
    void fn.currentVersion; // publishes a version
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Java/Resource: \`SnapStart\` must be absent on a tenant-isolated function (TenantIsolationMode PER_TENANT), got: {"ApplyOn":"PublishedVersions"}.`,
    )]);
  });

  test('an unresolved mode is not flagged', () => {
    expect(findingsFor(RULE, { ...ON, TenancyConfig: { TenantIsolationMode: { Ref: 'Mode' } } })).toEqual([]);
  });
});
