import { URL_AUTH_DOC } from '../limits';
import type { ModelResource } from '../model';
import { Finding, Rule, Severity } from '../rule';
import { arrayValue, objectValue, pathValue } from '../values';
import { actionCovers } from './iam-lookups';

/** IAM policies of the app: where each keeps its documents. */
const DOCUMENTS: Record<string, (resource: ModelResource) => Array<[string, unknown]>> = {
  'AWS::IAM::Policy': r => [['PolicyDocument', r.properties.PolicyDocument]],
  'AWS::IAM::ManagedPolicy': r => [['PolicyDocument', r.properties.PolicyDocument]],
  'AWS::IAM::Role': r => (arrayValue(r.properties.Policies) ?? []).map((p, i) => [`Policies.${i}.PolicyDocument`, objectValue(p)?.PolicyDocument]),
  'AWS::IAM::User': r => (arrayValue(r.properties.Policies) ?? []).map((p, i) => [`Policies.${i}.PolicyDocument`, objectValue(p)?.PolicyDocument]),
  'AWS::IAM::Group': r => (arrayValue(r.properties.Policies) ?? []).map((p, i) => [`Policies.${i}.PolicyDocument`, objectValue(p)?.PolicyDocument]),
};

/** The literal actions an Allow statement grants, or `undefined` when some are unknown. */
function allowedActions(statement: Record<string, unknown>): string[] | undefined {
  if (statement.Effect !== 'Allow' || statement.NotAction !== undefined) return [];
  const actions = typeof statement.Action === 'string' ? [statement.Action] : arrayValue(statement.Action);
  if (!actions || actions.some(action => typeof action !== 'string')) return undefined;
  return actions as string[];
}

/** True when an Action value names lambda:InvokeFunctionUrl (in any case). */
function namesUrlInvoke(action: unknown): boolean {
  return Array.isArray(action) ? action.some(isUrlInvoke) : isUrlInvoke(action);
}

/**
 * Every action of every policy is read: only one of the URL action's length is lower-cased (lower-casing keeps the
 * length of any text whose lower case is ASCII).
 */
function isUrlInvoke(action: unknown): boolean {
  return typeof action === 'string' && action.length === URL_INVOKE_ACTION.length && action.toLowerCase() === URL_INVOKE_ACTION;
}

const URL_INVOKE_ACTION = 'lambda:invokefunctionurl';

/**
 * An identity policy that lets a caller invoke function URLs (lambda:InvokeFunctionUrl) also grants
 * lambda:InvokeFunction: since October 2025 a function URL call needs both (url-iam-dual-grant).
 * Checked per policy document; which functions the statements name is not compared.
 */
export const urlIdentityDualGrant: Rule = {
  id: 'LambdaKit.Url.IdentityPolicyDualGrant',
  severity: Severity.WARNING,
  constraint: 'An IAM policy that grants lambda:InvokeFunctionUrl also grants lambda:InvokeFunction (function URL calls need both since October 2025).',
  source: URL_AUTH_DOC,
  resourceTypes: Object.keys(DOCUMENTS),
  check({ model }) {
    const findings: Finding[] = [];
    for (const [type, documentsOf] of Object.entries(DOCUMENTS)) {
      for (const resource of model.ofType(type)) {
        for (const [property, document] of documentsOf(resource)) {
          const raw = pathValue(objectValue(document) ?? {}, 'Statement');
          const statements = arrayValue(raw) ?? (objectValue(raw) ? [raw] : []);
          // Most policies never name the URL action: look for it before reading every statement's grants.
          if (!statements.some(statement => namesUrlInvoke(objectValue(statement)?.Action))) continue;
          const grants = statements.map(statement => allowedActions(objectValue(statement) ?? {}));
          if (grants.some(actions => actions === undefined)) continue;
          const actions = (grants as string[][]).flat();
          const grantsUrl = actions.some(isUrlInvoke);
          if (!grantsUrl || actions.some(action => actionCovers(action, 'lambda:InvokeFunction'))) continue;
          findings.push({
            resource,
            property,
            value: 'lambda:InvokeFunctionUrl',
            limit: 'granted together with lambda:InvokeFunction (a function URL call is authorized for both actions)',
            fix: 'Use function.grantInvokeUrl(principal), which grants both, or add lambda:InvokeFunction (with the condition lambda:InvokedViaFunctionUrl) to the statement.',
          });
        }
      }
    }
    return findings;
  },
};
