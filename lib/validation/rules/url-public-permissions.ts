import { URL_AUTH_DOC } from '../limits';
import type { ModelResource } from '../model';
import { Finding, Rule, Severity } from '../rule';
import { FunctionTarget, grantsAction, permissionsWithTargets, qualifiedTarget, targetKey } from './versioning-lookups';

/**
 * A public (AuthType NONE) URL needs two resource-policy statements for Principal '*': lambda:InvokeFunctionUrl
 * (FunctionUrlAuthType NONE) and, since October 2025, lambda:InvokeFunction; without them every request gets 403
 * (url-none-permissions).
 */
export const urlPublicPermissions: Rule = {
  id: 'LambdaKit.Url.PublicPermissions',
  severity: Severity.ERROR,
  constraint: "A function URL with AuthType NONE has Permissions for Principal '*' on its function or alias for both lambda:InvokeFunctionUrl (FunctionUrlAuthType NONE) and lambda:InvokeFunction; otherwise every request gets 403.",
  source: URL_AUTH_DOC,
  resourceTypes: ['AWS::Lambda::Url'],
  check({ model }) {
    const findings: Finding[] = [];
    const permissions = permissionsWithTargets(model);
    for (const url of model.ofType('AWS::Lambda::Url')) {
      if (url.properties.AuthType !== 'NONE') continue;
      const target = qualifiedTarget(model, url, 'TargetFunctionArn');
      if (!target) continue;
      const required: Array<[string, (permission: ModelResource) => boolean]> = [
        ['lambda:InvokeFunctionUrl', permission => permission.properties.FunctionUrlAuthType === 'NONE' || permission.properties.FunctionUrlAuthType === undefined],
        ['lambda:InvokeFunction', () => true],
      ];
      for (const [action, matchesCondition] of required) {
        const name = action.split(':')[1];
        const candidates = permissions.filter(permission => grantsAction(permission.resource.properties.Action, name) !== false);
        // A permission whose function, principal or condition we cannot read might be the one: stay silent.
        const undecidable = candidates.some(permission => !permission.target || typeof permission.resource.properties.Principal !== 'string');
        const found = candidates.some(permission =>
          permission.target && isPublicOn(permission.resource, permission.target, target) && matchesCondition(permission.resource));
        if (undecidable || found) continue;
        findings.push({
          resource: url,
          property: 'AuthType',
          value: 'NONE',
          limit: `backed by a Permission for Principal '*' and ${action} on the URL's function${target.qualifier.key ? ' alias' : ''}`,
          fix: `Add the ${action} permission for Principal '*' (addFunctionUrl with FunctionUrlAuthType.NONE adds both permissions), or use AuthType AWS_IAM.`,
        });
      }
    }
    return findings;
  },
};

function isPublicOn(permission: ModelResource, permissionTarget: FunctionTarget, urlTarget: FunctionTarget): boolean {
  return permission.properties.Principal === '*' && targetKey(permissionTarget) === targetKey(urlTarget);
}
