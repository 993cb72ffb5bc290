import { CFN_VERSION_DOC, FUNCTION_REFERENCE_MAX } from '../limits';
import { formatNumber } from '../values';
import { lengthOutside, mismatches, propertyRule } from './versioning-lookups';

/** The schema's name-or-ARN pattern for FunctionName ([SCH-Ver]). */
const FUNCTION_NAME_OR_ARN = new RegExp(
  '^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)'
  + '(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$',
);

/** Version FunctionName: a function name, partial ARN or ARN of 1 to 140 characters (ver-function-name). */
export const versionFunctionName = propertyRule({
  id: 'LambdaKit.Version.FunctionName',
  constraint: `A Version's FunctionName is a function name, partial ARN or function ARN of 1 to ${formatNumber(FUNCTION_REFERENCE_MAX)} characters.`,
  source: CFN_VERSION_DOC,
  resourceType: 'AWS::Lambda::Version',
  property: 'FunctionName',
  limit: `a function name, partial ARN or function ARN of 1 to ${formatNumber(FUNCTION_REFERENCE_MAX)} characters`,
  fix: 'Reference the function (function.functionName or its ARN) instead of writing the name by hand.',
  violates: value => lengthOutside(value, FUNCTION_REFERENCE_MAX, 1) || mismatches(value, FUNCTION_NAME_OR_ARN),
});
