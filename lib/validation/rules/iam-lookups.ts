/** Readers of IAM policy documents: their sizes as IAM counts them, and action patterns. */
import { isKnown } from '../values';

/**
 * Where an intrinsic function can open in JSON text: an object whose first key is `Ref`, `Fn::...`, or `Condition` with
 * a string (a policy's own Condition is an object). JSON escapes the quotes inside strings, so no string holds these.
 */
const INTRINSIC_IN_JSON = /\{"(?:Ref"|Fn::|Condition":")/;

/**
 * Characters of a policy document without whitespace; undefined when the document is not fully known (an intrinsic
 * function anywhere in it). Its JSON text, which the size needs anyway, shows most documents to hold none, and only one
 * whose text could hold one is walked.
 */
export function policySize(document: unknown): number | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const text = JSON.stringify(document);
  if (INTRINSIC_IN_JSON.test(text) && !isKnown(document)) return undefined;
  return text.replace(/\s/g, '').length;
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
