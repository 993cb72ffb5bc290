import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Permission.EventSourceToken';

describe(RULE, () => {
  test.each([['amzn1.ask.skill.1234-abcd', false], ['t'.repeat(256), false], ['t'.repeat(257), true], ['', true], ['has space', true], ['a/b', true]])(
    'EventSourceToken %s fails: %s', (eventSourceToken, fails) => {
      const { app, stack } = limitsApp();
      new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal: 'alexa-appkit.amazon.com', eventSourceToken });
      expect(errorRuleIds(app).includes(RULE)).toBe(fails);
    });

  test('catches an L2 addPermission', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Fn').addPermission('P', { principal: new iam.ServicePrincipal('alexa-appkit.amazon.com'), eventSourceToken: 'skill id' });
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/P: \`EventSourceToken\` must be 1 to 256 letters, digits, dots, underscores or hyphens, got: 'skill id'.`)]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnPermission(stack, 'P', { functionName: cfnFunction(stack, 'Fn').ref, action: 'lambda:InvokeFunction', principal: 'alexa-appkit.amazon.com', eventSourceToken: 'x' })
      .addPropertyOverride('EventSourceToken', { Ref: 'Skill' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
