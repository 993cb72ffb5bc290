/** Readers of IAM policy documents: their sizes as IAM counts them, and action patterns. */
import { isKnown } from '../values';

/** Characters of a policy document without whitespace; undefined when the document is not fully known. */
export function policySize(document: unknown): number | undefined {
  if (!isKnown(document) || typeof document !== 'object' || document === null) return undefined;
  return JSON.stringify(document).replace(/\s/g, '').length;
}

const ACTION_PATTERNS = new Map<string, RegExp>();

/** True when an IAM action pattern (with * and ?) covers `action`, case-insensitively as IAM compares actions. */
export function actionCovers(pattern: string, action: string): boolean {
  let regex = ACTION_PATTERNS.get(pattern);
  if (!regex) {
    regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
    ACTION_PATTERNS.set(pattern, regex);
  }
  return regex.test(action);
}
