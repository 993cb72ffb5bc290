import { functionMemorySize } from './function-memory-size';
import { Rule } from '../rule';

/**
 * Every rule LambdaLimits runs, in the order RULES.md lists them.
 * Each rule lives in its own file; add new ones to its family's list below.
 */

// Function: sizing, timeout, environment, code, layers, runtime, SnapStart, concurrency, logging, VPC
const FUNCTION_RULES: Rule[] = [
  functionMemorySize,
];

// Versions, aliases, provisioned concurrency, async invoke config, destinations, URLs, permissions, layers
const VERSIONING_RULES: Rule[] = [
];

// Event source mappings, CodeDeploy, Lambda@Edge, CloudFormation and IAM
const EVENT_SOURCE_RULES: Rule[] = [
];

export const RULES: Rule[] = [...FUNCTION_RULES, ...VERSIONING_RULES, ...EVENT_SOURCE_RULES];
