import { CFN_LAYER_PERMISSION_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { stringValue } from '../values';

/**
 * LayerVersionPermission: Action lambda:GetLayerVersion; Principal an account id, an account root ARN or '*';
 * OrganizationId (o-...) only with Principal '*' (layerperm-org; aws-cdk-lib's rule, AddLayerVersionPermission not re-read).
 */
export const layerPermission: Rule = {
  id: 'LambdaKit.Layer.Permission',
  severity: Severity.ERROR,
  constraint: "A LayerVersionPermission grants lambda:GetLayerVersion to an account id or '*'; an OrganizationId (o-...) goes only with Principal '*'.",
  source: CFN_LAYER_PERMISSION_DOC,
  resourceTypes: ['AWS::Lambda::LayerVersionPermission'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const permission of model.ofType('AWS::Lambda::LayerVersionPermission')) {
      const { Action, Principal, OrganizationId } = permission.properties;
      const action = stringValue(Action);
      if (action !== undefined && action !== 'lambda:GetLayerVersion') {
        findings.push({ resource: permission, property: 'Action', value: Action, limit: 'lambda:GetLayerVersion', fix: 'Layers can only be shared for lambda:GetLayerVersion.' });
      }
      const principal = stringValue(Principal);
      if (principal !== undefined && !/^(\d{12}|\*|arn:aws[a-zA-Z-]*:iam::\d{12}:root)$/.test(principal)) {
        findings.push({
          resource: permission, property: 'Principal', value: Principal,
          limit: "a 12-digit account id, an account root ARN or '*'",
          fix: "Share the layer with an account (its id) or with everyone ('*', optionally limited by OrganizationId); roles and users cannot be principals.",
        });
      }
      const organization = stringValue(OrganizationId);
      if (organization !== undefined && !/^o-[a-z0-9]{10,32}$/.test(organization)) {
        findings.push({
          resource: permission, property: 'OrganizationId', value: OrganizationId,
          limit: "an organization id: 'o-' and 10 to 32 lower-case letters or digits", fix: 'Use the organization id (o-...), not its ARN or root id.',
        });
      }
      if (OrganizationId !== undefined && principal !== undefined && principal !== '*') {
        findings.push({
          resource: permission, property: 'OrganizationId', value: OrganizationId,
          limit: "absent unless Principal is '*'",
          fix: "Set Principal to '*' to share with every account of the organization, or drop OrganizationId to share with one account.",
        });
      }
    }
    return findings;
  },
};
