/** Readers of IAM policy documents: their sizes as IAM counts them, and action patterns; the policies attached to roles. */
import type { LambdaModel, ModelResource } from '../model';
import { arrayValue, isKnown, stringValue } from '../values';

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

const ROLE_POLICIES = new WeakMap<LambdaModel, Map<ModelResource | string, ModelResource[]>>();

/**
 * The app's AWS::IAM::Policy and AWS::IAM::ManagedPolicy resources by the role each of their `Roles` names: the
 * resource it refers to, or its literal name. Several rules ask for every role: the policies are read once per model.
 */
export function rolePolicies(model: LambdaModel): Map<ModelResource | string, ModelResource[]> {
  let index = ROLE_POLICIES.get(model);
  if (!index) {
    index = new Map();
    for (const type of ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy']) {
      for (const policy of model.ofType(type)) {
        for (const value of arrayValue(policy.properties.Roles) ?? []) {
          const role = model.referenced(policy, value) ?? stringValue(value);
          if (role === undefined) continue;
          const policies = index.get(role);
          if (policies) policies.push(policy);
          else index.set(role, [policy]);
        }
      }
    }
    ROLE_POLICIES.set(model, index);
  }
  return index;
}
