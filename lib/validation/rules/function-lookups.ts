/**
 * Shared helpers of the function family (sizing, code, layers, runtime, SnapStart, concurrency,
 * logging, tags, VPC): a rule is usually "for every AWS::Lambda::Function, check one property".
 */
import { groupBy, LambdaModel, ModelResource, perObject } from '../model';
import { accountKey, Finding, Rule, RuleContext, Severity } from '../rule';
import { arrayValue, formatNumber, isIntrinsic, numberValue, pathValue, stringValue } from '../values';

export const FUNCTION_TYPE = 'AWS::Lambda::Function';

/** A finding on the function being checked (the rule adds the resource). */
export type FunctionFinding = Omit<Finding, 'resource'>;

/** What a single-function rule declares: everything of a `Rule` but `check`, which sees one function at a time. */
export interface FunctionRuleSpec {
  readonly id: string;
  readonly severity: Severity;
  readonly constraint: string;
  readonly source: string;
  /**
   * The top-level properties without which the rule has nothing to say about a function: it reads only the functions
   * that set one of them (`model.ofTypeWith`).
   *
   * @default - the rule reads every function
   */
  readonly requires?: readonly string[];
  check(fn: ModelResource, context: RuleContext): FunctionFinding | FunctionFinding[] | undefined;
}

/** A rule that reports on each `AWS::Lambda::Function` on its own. */
export function functionRule(spec: FunctionRuleSpec): Rule {
  return {
    id: spec.id,
    severity: spec.severity,
    constraint: spec.constraint,
    source: spec.source,
    resourceTypes: [FUNCTION_TYPE],
    check(context) {
      const findings: Finding[] = [];
      for (const resource of context.model.ofTypeWith(FUNCTION_TYPE, spec.requires)) {
        const found = spec.check(resource, context);
        if (found === undefined) continue;
        for (const finding of Array.isArray(found) ? found : [found]) findings.push({ resource, ...finding });
      }
      return findings;
    },
  };
}

/** True when the function is a container image (PackageType Image, or its code is an image URI). */
export function isContainerImage(fn: ModelResource): boolean {
  return fn.properties.PackageType === 'Image' || pathValue(fn.properties, 'Code.ImageUri') !== undefined;
}

/** True when SnapStart is on (ApplyOn PublishedVersions). */
export function snapStartEnabled(fn: ModelResource): boolean {
  return stringValue(pathValue(fn.properties, 'SnapStart.ApplyOn')) === 'PublishedVersions';
}

/** True when the function runs on Lambda Managed Instances. */
export function onManagedInstances(fn: ModelResource): boolean {
  return fn.properties.CapacityProviderConfig !== undefined;
}

/** The items of an array property that are literal strings (intrinsic items are left out). */
export function literalStrings(value: unknown): string[] {
  return (arrayValue(value) ?? []).filter((item): item is string => typeof item === 'string');
}

/** A known number outside [min, max] or not whole. */
export function wholeNumberOutside(value: unknown, min: number, max: number): boolean {
  const number = numberValue(value);
  return number !== undefined && (number < min || number > max || !Number.isInteger(number));
}

/** A finding for a whole-number property outside [min, max]; `undefined` when the value is fine or unknown. */
export function checkRange(fn: ModelResource, property: string, min: number, max: number, unit: string, fix: string): FunctionFinding | undefined {
  const value = pathValue(fn.properties, property);
  if (!wholeNumberOutside(value, min, max)) return undefined;
  return { property, value, limit: `a whole number ${unit ? `of ${unit} ` : ''}from ${formatNumber(min)} to ${formatNumber(max)}`, fix };
}

/** A finding for a literal string longer than `max` (or shorter than `min`). */
export function checkLength(fn: ModelResource, property: string, max: number, fix: string, min = 0): FunctionFinding | undefined {
  const value = stringValue(pathValue(fn.properties, property));
  if (value === undefined || (value.length <= max && value.length >= min)) return undefined;
  const limit = min > 0 ? `${formatNumber(min)} to ${formatNumber(max)} characters long` : `at most ${formatNumber(max)} characters long`;
  return { property, value, limit: `${limit} (it has ${formatNumber(value.length)})`, fix };
}

/** A finding for a literal string that is not one of `allowed`. */
export function checkEnum(fn: ModelResource, property: string, allowed: string[], fix: string): FunctionFinding | undefined {
  const value = stringValue(pathValue(fn.properties, property));
  if (value === undefined || allowed.includes(value)) return undefined;
  return { property, value, limit: `one of ${allowed.join(', ')}`, fix };
}

/** A finding for a literal string that does not match `pattern` or is longer than `max`. */
export function checkPattern(
  fn: ModelResource, property: string, pattern: RegExp, max: number, shape: string, fix: string,
): FunctionFinding | undefined {
  const value = stringValue(pathValue(fn.properties, property));
  if (value === undefined || (pattern.test(value) && value.length <= max)) return undefined;
  const length = value.length > max ? ` (it has ${formatNumber(value.length)})` : '';
  return { property, value, limit: `${shape} of at most ${formatNumber(max)} characters${length}`, fix };
}

/** Lists construct paths for messages: `A, B and C`. */
export function listNames(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The in-app resource of `type` that a value refers to: directly (`Ref`, `GetAtt`) or inside an `Fn::Join`/`Fn::Sub`
 * built from its `Ref` (aws-cdk-lib writes some ARNs, such as an EFS access point's, as a join around the `Ref`).
 */
export function referencedOfType(model: LambdaModel, from: ModelResource, value: unknown, type: string): ModelResource | undefined {
  const direct = model.referenced(from, value);
  if (direct?.type === type) return direct;
  if (!isIntrinsic(value) && !Array.isArray(value)) return undefined;
  const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  for (const child of children.flat()) {
    if (child !== null && typeof child === 'object') {
      const found = referencedOfType(model, from, child, type);
      if (found) return found;
    }
  }
  return undefined;
}

/** A function's reserved concurrency, taken from its account's quota. */
export interface Reservation {
  readonly fn: ModelResource;
  readonly reserved: number;
}

/**
 * The app's functions with a literal ReservedConcurrentExecutions above 0, by the account and Region they reserve in
 * (`accountKey`): the account concurrency rules read one account's total from it.
 */
export const reservationsByAccount = perObject((model: LambdaModel): Map<string, Reservation[]> => groupBy(
  model.ofType(FUNCTION_TYPE)
    .map(fn => ({ fn, reserved: numberValue(fn.properties.ReservedConcurrentExecutions) ?? 0 }))
    .filter(reservation => reservation.reserved > 0),
  reservation => accountKey(reservation.fn.stack)));

/** The concurrency reserved in all by the functions of `reservations`. */
export function totalReserved(reservations: readonly Reservation[]): number {
  return reservations.reduce((sum, reservation) => sum + reservation.reserved, 0);
}
