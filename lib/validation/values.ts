/**
 * Readers for resolved CloudFormation values.
 *
 * After `Stack.resolve`, a value the app cannot know (a reference, an import, a parameter)
 * is an intrinsic-function object such as `{ Ref: 'X' }` or `{ 'Fn::GetAtt': [...] }`.
 * Every reader returns `undefined` for such a value, so a rule never flags what it cannot know.
 */

/** True when `value` is an intrinsic function (`{ Ref }`, `{ 'Fn::Xxx' }`) rather than a literal. */
export function isIntrinsic(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  // Called for every property read: look at the first key without listing them all.
  let only: string | undefined;
  for (const key in value) {
    if (only !== undefined) return false;
    only = key;
  }
  return only !== undefined && isIntrinsicKey(only);
}

/** The key of an intrinsic function: `Ref`, `Condition` or `Fn::...`. */
function isIntrinsicKey(key: string): boolean {
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::');
}

/** True when `value` is fully known: no intrinsic function anywhere inside it. */
export function isKnown(value: unknown): boolean {
  if (value === undefined) return false;
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(isKnown);
  // One pass over the keys: an intrinsic is an object whose one key is an intrinsic's.
  let first: string | undefined;
  let count = 0;
  for (const key in value) {
    if (count++ === 0) first = key;
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined && !isKnown(item)) return false;
  }
  return count !== 1 || !isIntrinsicKey(first!);
}

/** A literal number (CloudFormation also accepts numbers written as strings). */
export function numberValue(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** A literal string. */
export function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A literal boolean (CloudFormation also accepts 'true' and 'false'). */
export function booleanValue(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return undefined;
}

/** A literal array (its items may still be intrinsics). */
export function arrayValue(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** A literal object that is not an intrinsic function. */
export function objectValue(value: unknown): Record<string, unknown> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || isIntrinsic(value)) return undefined;
  return value as Record<string, unknown>;
}

/** The keys of the dotted paths read so far: the rules read a few paths of every resource. */
const PATH_KEYS = new Map<string, readonly string[]>();

/** Reads a dotted path (`Environment.Variables`) from a resolved property bag. */
export function pathValue(properties: Record<string, unknown>, path: string): unknown {
  const keys = PATH_KEYS.get(path) ?? pathKeys(path);
  let current: unknown = properties;
  // Read for every resource by most rules: an indexed loop, and no look for an intrinsic, whose one key is never read
  // (pathKeys): any other key of it reads as undefined.
  for (let i = 0; i < keys.length; i++) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[keys[i]];
  }
  return current;
}

/** The keys of a path, remembered. A key an intrinsic function has would read its argument as a value: a bug of ours. */
function pathKeys(path: string): readonly string[] {
  const keys = path.split('.');
  if (keys.some(isIntrinsicKey)) {
    throw new Error(`pathValue: ${path} would read an intrinsic function's argument as a value.`);
  }
  PATH_KEYS.set(path, keys);
  return keys;
}

/**
 * Formats a number with thousands separators, as AWS's documentation writes limits. Whole numbers are grouped by hand:
 * the first `toLocaleString` of a process loads the ICU locale data (~12 ms), and rules call this while they are
 * loaded, so every app paid for it. Other numbers keep `toLocaleString`'s rounding.
 */
export function formatNumber(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString('en-US');
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A short, printable rendering of a value for messages. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 120 ? value.slice(0, 117) + '...' : value}'`;
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 160 ? text.slice(0, 157) + '...' : text;
}
