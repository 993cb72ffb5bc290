import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleWarnings, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.FilterEncryptionWithoutFilters';
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe(RULE, () => {
  test.each([[true, false], [false, true]])('KmsKeyArn with filters %s warns: %s', (filters, warns) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { kmsKeyArn: KEY, filterCriteria: filters ? { filters: [{ pattern: '{"a": ["b"]}' }] } : undefined });
    expect(ruleWarnings(app, RULE).length).toBe(warns ? 1 : 0);
  });

  test('catches an override on an L2 mapping, with the message', () => {
    const { app, stack } = esmApp();
    const mapping = new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.sqs });
    (mapping.node.defaultChild as lambda.CfnEventSourceMapping).addPropertyOverride('KmsKeyArn', new kms.Key(stack, 'Key').keyArn);
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining('Stack/M/Resource: `KmsKeyArn` must be absent when FilterCriteria is not set')]);
  });
});
