/** Sizes of IAM policy documents as IAM counts them (whitespace not counted), for documents the app fully knows. */
import { isKnown } from '../values';

/** Characters of a policy document without whitespace; undefined when the document is not fully known. */
export function policySize(document: unknown): number | undefined {
  if (!isKnown(document) || typeof document !== 'object' || document === null) return undefined;
  return JSON.stringify(document).replace(/\s/g, '').length;
}
