import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnVersion, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Version.Description';

describe(RULE, () => {
  test.each([[0, false], [256, false], [257, true]])('a %d-character description fails: %s', (length, fails) => {
    const { app, stack } = limitsApp();
    cfnVersion(stack, 'Version', cfnFunction(stack, 'Fn'), { description: 'd'.repeat(length) });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches an L2 Version and names the limit', () => {
    const { app, stack } = limitsApp();
    new lambda.Version(stack, 'V', { lambda: l2Function(stack, 'Fn'), description: 'x'.repeat(300) });
    const errors = synthErrors(app);
    expect(errors).toEqual([expect.stringContaining(`[${RULE}] Stack/V/Resource: \`Description\` must be at most 256 characters, got: 'xxx`)]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    cfnVersion(stack, 'Version', cfnFunction(stack, 'Fn')).addPropertyOverride('Description', { Ref: 'DescriptionParam' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
