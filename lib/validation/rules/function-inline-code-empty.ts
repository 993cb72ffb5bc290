import { CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { pathValue } from '../values';
import { functionRule } from './function-lookups';

/** Inline code must not be empty (fn-inline-code-empty; aws-cdk-lib refuses it, whether CloudFormation does is UNVERIFIED). */
export const functionInlineCodeEmpty = functionRule({
  id: 'LambdaKit.Function.InlineCodeEmpty',
  severity: Severity.WARNING,
  constraint: 'Inline code (Code.ZipFile) is not empty (UNVERIFIED: aws-cdk-lib refuses it; whether CloudFormation does is not confirmed).',
  source: CFN_FUNCTION_DOC,
  requires: ['Code'],
  check(fn) {
    const code = pathValue(fn.properties, 'Code.ZipFile');
    if (typeof code !== 'string' || code.trim() !== '') return undefined;
    return {
      property: 'Code.ZipFile',
      value: code,
      limit: 'non-empty source code',
      fix: 'Put the handler source in ZipFile, or point Code at a package in S3.',
    };
  },
});
