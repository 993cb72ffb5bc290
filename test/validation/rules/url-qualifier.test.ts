import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';
import { cfnVersion, functionArn, l2Function } from '../versioning-helpers';

const RULE = 'LambdaKit.Url.Qualifier';

describe(RULE, () => {
  test.each([['live', false], ['$LATEST', false], ['v2', false], ['2', true], ['my.alias', true]])('Qualifier %s fails: %s', (qualifier, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM', qualifier });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test.each([[functionArn('fn', '3'), true], [functionArn('fn', 'live'), false], [functionArn('fn'), false]])('TargetFunctionArn %s fails: %s', (targetFunctionArn, fails) => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn, authType: 'AWS_IAM' });
    expect(errorRuleIds(app).includes(RULE)).toBe(fails);
  });

  test('catches a Version resource as target or qualifier', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    const version = cfnVersion(stack, 'V', fn);
    new lambda.CfnUrl(stack, 'ByArn', { targetFunctionArn: version.ref, authType: 'AWS_IAM' });
    new lambda.CfnUrl(stack, 'ByQualifier', { targetFunctionArn: fn.attrArn, authType: 'AWS_IAM', qualifier: version.attrVersion });
    expect(synthErrors(app)).toEqual([
      expect.stringContaining(`[${RULE}] Stack/ByArn: \`TargetFunctionArn\` must be the ARN of a function or an alias (not of a version)`),
      expect.stringContaining(`[${RULE}] Stack/ByQualifier: \`Qualifier\` must be an alias name or $LATEST (not a version number)`),
    ]);
  });

  test('catches an override of an L2 URL and accepts an L2 alias URL', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.addAlias('live').addFunctionUrl();
    (fn.addFunctionUrl().node.defaultChild as lambda.CfnUrl).addPropertyOverride('Qualifier', '1');
    expect(synthErrors(app)).toEqual([expect.stringContaining(`[${RULE}] Stack/Fn/FunctionUrl/Resource: \`Qualifier\` must be an alias name or $LATEST (not a version number), got: '1'.`)]);
  });

  test('does not flag a token', () => {
    const { app, stack } = limitsApp();
    new lambda.CfnUrl(stack, 'Url', { targetFunctionArn: cfnFunction(stack, 'Fn').attrArn, authType: 'AWS_IAM' }).addPropertyOverride('Qualifier', { Ref: 'Q' });
    expect(errorRuleIds(app)).toEqual([]);
  });
});
