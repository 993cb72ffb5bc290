import { CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { pathValue, stringValue } from '../values';
import { functionRule } from './function-lookups';

const KMS_ARN = /^arn:aws[a-zA-Z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/.+$/;

/** KmsKeyArn is a KMS key ARN, not a key id or alias name (fn-kms-key-arn; the schema pattern accepts anything). */
export const functionKmsKeyArn = functionRule({
  id: 'LambdaKit.Function.KmsKeyArn',
  severity: Severity.ERROR,
  constraint: 'KmsKeyArn is a KMS key ARN (arn:aws:kms:region:account:key/id), not a key id or an alias name.',
  source: CFN_FUNCTION_DOC,
  requires: ['KmsKeyArn'],
  check(fn) {
    const arn = stringValue(pathValue(fn.properties, 'KmsKeyArn'));
    if (arn === undefined || arn === '' || KMS_ARN.test(arn)) return undefined;
    return {
      property: 'KmsKeyArn',
      value: arn,
      limit: 'a KMS key ARN such as arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      fix: 'Give the full key ARN (key.keyArn, or Key.fromKeyArn).',
    };
  },
});
