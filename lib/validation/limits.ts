/**
 * Lambda's documented limits, each once, with the page it comes from.
 *
 * Rules read their numbers from here; RULES.md cites the same pages.
 */

/** Lambda quotas page. */
export const QUOTAS_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html';
/** CloudFormation AWS::Lambda::Function reference. */
export const CFN_FUNCTION_DOC = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html';

/** Function memory, MB: 128 to 10,240 in 1-MB steps ([Q]). */
export const MEMORY_MIN_MB = 128;
export const MEMORY_MAX_MB = 10_240;
/** With Lambda Managed Instances (CapacityProviderConfig) memory goes to 32,768 MB ([Q]). */
export const MEMORY_MAX_MANAGED_INSTANCES_MB = 32_768;

/** Default account concurrency quota per Region ([Q]). */
export const DEFAULT_ACCOUNT_CONCURRENCY = 1_000;
/** Lambda keeps at least 100 concurrency unreserved ([RC] configuration-concurrency.html). */
export const MIN_UNRESERVED_CONCURRENCY = 100;
/** The largest memory a standard account may configure. */
export const DEFAULT_ACCOUNT_MAX_MEMORY_MB = MEMORY_MAX_MB;

// ---- Function: sizing, timeout, environment, code, layers, runtime, SnapStart, concurrency, logging, VPC (section 1-2 of lambda-limits.md)

// ---- Versions, aliases, provisioned concurrency, async invoke config, destinations, URLs, permissions, layers (sections 3 and 5)

// ---- Event source mappings, CodeDeploy, Lambda@Edge, CloudFormation and IAM (sections 4 and 6)
