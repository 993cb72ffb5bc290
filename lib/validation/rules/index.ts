import { functionMemorySize } from './function-memory-size';
import { Rule } from '../rule';

/**
 * Every rule LambdaLimits runs, in the order RULES.md lists them.
 * Each rule lives in its own file; add new ones here.
 */
export const RULES: Rule[] = [
  functionMemorySize,
];
