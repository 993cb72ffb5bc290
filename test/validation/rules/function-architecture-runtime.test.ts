import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.ArchitectureRuntime';

describe(RULE, () => {
  test.each([
    ['python3.7', 'arm64', true], ['go1.x', 'arm64', true], ['python3.8', 'arm64', false], ['python3.7', 'x86_64', false], ['nodejs22.x', 'arm64', false],
  ])('%s on %s is flagged: %p', (runtime, architecture, flagged) => {
    // Past-date runtimes are also errors of the lifecycle rules, so the app fails: read this rule's line among the errors.
    const findings = findingsFor(RULE, { Runtime: runtime, Architectures: [architecture] }, { props: { skipRules: ['LambdaKit.Runtime.CreateBlocked', 'LambdaKit.Runtime.UpdateBlocked'] } });
    expect(findings).toHaveLength(flagged ? 1 : 0);
  });

  test('warns on an aws-cdk-lib Function with an old runtime on arm64', () => {
    const { app, stack } = limitsApp({ skipRules: ['LambdaKit.Runtime.CreateBlocked'] });
    l2Function(stack, 'Old', { runtime: lambda.Runtime.PYTHON_3_7, architecture: lambda.Architecture.ARM_64 });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Old/Resource: \`Architectures\` must be x86_64 with python3.7, which has no arm64 build, got: 'arm64'.`)]);
  });

  test('does not flag a runtime parameter', () => {
    expect(findingsFor(RULE, { Runtime: { Ref: 'R' }, Architectures: ['arm64'] })).toEqual([]);
  });
});
