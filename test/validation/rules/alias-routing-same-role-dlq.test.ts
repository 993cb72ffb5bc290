import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { cfnFunction, limitsApp, synthErrors } from '../helpers';
import { cfnAlias, cfnVersion, l2Function, ruleErrors } from '../versioning-helpers';

const RULE = 'LambdaKit.Alias.RoutingSameRoleAndDlq';

function routed(otherOverrides: Partial<lambda.CfnFunctionProps>, fnOverrides: Partial<lambda.CfnFunctionProps> = {}) {
  const { app, stack } = limitsApp();
  const fn = cfnFunction(stack, 'Fn', fnOverrides);
  const additional = cfnVersion(stack, 'V2', cfnFunction(stack, 'Other', otherOverrides));
  cfnAlias(stack, 'Alias', fn, cfnVersion(stack, 'V1', fn), { routingConfig: { additionalVersionWeights: [{ functionVersion: additional.attrVersion, functionWeight: 0.1 }] } });
  return app;
}

describe(RULE, () => {
  test.each([
    ['same role, no DLQ', {}, false],
    ['other role', { role: 'arn:aws:iam::123456789012:role/other' }, true],
    ['a DLQ on one side only', { deadLetterConfig: { targetArn: 'arn:aws:sqs:us-east-1:123456789012:dlq' } }, true],
  ])('%s fails: %s', (_, overrides, fails) => {
    expect(ruleErrors(routed(overrides), RULE).length > 0).toBe(fails);
  });

  test('the same DLQ on both sides is fine', () => {
    const deadLetterConfig = { targetArn: 'arn:aws:sqs:us-east-1:123456789012:dlq' };
    expect(ruleErrors(routed({ deadLetterConfig }, { deadLetterConfig }), RULE)).toEqual([]);
  });

  test('catches L2 versions of functions with different roles and DLQs', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn', { deadLetterQueue: new sqs.Queue(stack, 'Dlq') });
    const other = l2Function(stack, 'Other');
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion, additionalVersions: [{ version: other.currentVersion, weight: 0.2 }] });
    const errors = synthErrors(app).filter(line => line.includes(RULE));
    expect(errors).toEqual([
      expect.stringContaining('must be a version with the same execution role as the alias\'s FunctionVersion (Role of Stack/Other/Resource differs from Stack/Fn/Resource)'),
      expect.stringContaining('must be a version with the same dead-letter queue as the alias\'s FunctionVersion'),
    ]);
  });

  test('does not flag a parameter role', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn');
    const other = cfnFunction(stack, 'Other');
    other.addPropertyOverride('Role', { Ref: 'RoleParam' });
    const additional = cfnVersion(stack, 'V2', other);
    cfnAlias(stack, 'Alias', fn, cfnVersion(stack, 'V1', fn), { routingConfig: { additionalVersionWeights: [{ functionVersion: additional.attrVersion, functionWeight: 0.1 }] } });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
