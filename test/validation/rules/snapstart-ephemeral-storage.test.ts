import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings, s3Code } from '../function-helpers';

const RULE = 'LambdaKit.SnapStart.EphemeralStorage';
const ON = { Runtime: 'java21', SnapStart: { ApplyOn: 'PublishedVersions' } };

describe(RULE, () => {
  test.each([[512, false], [513, true], [10_240, true]])('SnapStart with %d MB fails: %p', (size, fails) => {
    expect(findingsFor(RULE, { ...ON, 'EphemeralStorage.Size': size })).toHaveLength(fails ? 1 : 0);
  });

  test('without SnapStart any size is fine here', () => {
    expect(findingsFor(RULE, { 'EphemeralStorage.Size': 10_240 })).toEqual([]);
  });

  test('catches an override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Java', { runtime: lambda.Runtime.JAVA_21, code: s3Code(stack), snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('EphemeralStorage.Size', 1024);
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Java/Resource: \`EphemeralStorage.Size\` must be at most 512 MB when SnapStart is on, got: 1024. Reduce ephemeral storage to 512 MB, or turn SnapStart off`,
    )]);
  });

  test('does not flag a parameter', () => {
    expect(findingsFor(RULE, { ...ON, 'EphemeralStorage.Size': { Ref: 'Size' } })).toEqual([]);
  });
});
