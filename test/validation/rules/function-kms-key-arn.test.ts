import * as kms from 'aws-cdk-lib/aws-kms';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.KmsKeyArn';
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe(RULE, () => {
  test.each([
    [KEY, false], ['arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/abc', false], ['arn:aws:kms:us-east-1:123456789012:alias/my-key', false], ['', false],
    ['1234abcd-12ab-34cd-56ef-1234567890ab', true], ['alias/my-key', true], ['arn:aws:s3:::bucket', true],
  ])('KmsKeyArn %p fails: %p', (arn, fails) => {
    expect(findingsFor(RULE, { KmsKeyArn: arn })).toHaveLength(fails ? 1 : 0);
  });

  test('catches an alias name set by override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Encrypted', { environmentEncryption: kms.Key.fromKeyArn(stack, 'Key', KEY) });
    (fn.node.defaultChild as CfnFunction).addPropertyOverride('KmsKeyArn', 'alias/my-key');
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/Encrypted/Resource: \`KmsKeyArn\` must be a KMS key ARN such as arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab, got: 'alias/my-key'.`,
    )]);
  });

  test('does not flag an in-app key', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Encrypted', { environmentEncryption: new kms.Key(stack, 'Key') });
    expect(ruleFindings(app, RULE)).toEqual([]);
  });
});
