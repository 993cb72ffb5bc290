import { CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { checkPattern, functionRule } from './function-lookups';

const CODE_SIGNING_ARN = /^arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:code-signing-config:csc-[a-z0-9]{17}$/;

/** CodeSigningConfigArn is a code signing config ARN (fn-code-signing-arn). */
export const functionCodeSigning = functionRule({
  id: 'LambdaKit.Function.CodeSigningConfigArn',
  severity: Severity.ERROR,
  constraint: 'CodeSigningConfigArn is a Lambda code signing config ARN (arn:aws:lambda:region:account:code-signing-config:csc-...).',
  source: CFN_FUNCTION_DOC,
  requires: ['CodeSigningConfigArn'],
  check: fn => checkPattern(fn, 'CodeSigningConfigArn', CODE_SIGNING_ARN, 200, 'a code signing config ARN ending in code-signing-config:csc-<17 characters>',
    'Use the ARN of an AWS::Lambda::CodeSigningConfig (codeSigningConfig.codeSigningConfigArn).'),
});
