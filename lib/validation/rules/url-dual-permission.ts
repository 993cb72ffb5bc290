import { URL_AUTH_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { grantsAction, permissionsWithTargets, targetKey } from './versioning-lookups';

/**
 * Since October 2025 calling a function URL needs lambda:InvokeFunctionUrl AND lambda:InvokeFunction; a resource policy
 * that grants a principal only the first leaves it with 403 unless an identity policy grants the second (url-iam-dual-grant).
 */
export const urlDualPermission: Rule = {
  id: 'LambdaKit.Url.DualPermission',
  severity: Severity.WARNING,
  constraint: "A Permission granting lambda:InvokeFunctionUrl to a principal has a companion Permission granting it lambda:InvokeFunction on the same function or alias (both are required since October 2025); Principal '*' is checked by LambdaKit.Url.PublicPermissions.",
  source: URL_AUTH_DOC,
  resourceTypes: ['AWS::Lambda::Permission'],
  check({ model }) {
    const findings: Finding[] = [];
    const permissions = permissionsWithTargets(model);
    for (const { resource, target } of permissions) {
      const principal = resource.properties.Principal;
      const action = resource.properties.Action;
      if (!target || typeof principal !== 'string' || principal === '*' || grantsAction(action, 'InvokeFunctionUrl') !== true) continue;
      if (grantsAction(action, 'InvokeFunction') === true) continue;
      const companions = permissions.filter(other => grantsAction(other.resource.properties.Action, 'InvokeFunction') !== false);
      const undecidable = companions.some(other => !other.target || typeof other.resource.properties.Principal !== 'string');
      const found = companions.some(other =>
        other.target && targetKey(other.target) === targetKey(target) && other.resource.properties.Principal === principal);
      if (undecidable || found) continue;
      findings.push({
        resource,
        property: 'Action',
        value: action,
        limit: `accompanied by a lambda:InvokeFunction Permission for ${principal} on the same function (InvokedViaFunctionUrl true)`,
        fix: 'Grant with function.grantInvokeUrl(principal), which adds both statements, or add the lambda:InvokeFunction permission (or grant it in the caller\'s identity policy).',
      });
    }
    return findings;
  },
};
