import { CFN_PERMISSION_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { grantsAction } from './versioning-lookups';

/** FunctionUrlAuthType: AWS_IAM or NONE, and only with lambda:InvokeFunctionUrl (perm-url-auth-type). */
export const permissionUrlAuthType: Rule = {
  id: 'LambdaKit.Permission.FunctionUrlAuthType',
  severity: Severity.ERROR,
  constraint: "A Permission's FunctionUrlAuthType is AWS_IAM or NONE, and is set only with the action lambda:InvokeFunctionUrl (with another action it is a condition that matches nothing useful; UNVERIFIED whether Lambda rejects it, so a warning).",
  source: CFN_PERMISSION_DOC,
  resourceTypes: ['AWS::Lambda::Permission'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const permission of model.ofType('AWS::Lambda::Permission')) {
      const value = permission.properties.FunctionUrlAuthType;
      if (typeof value !== 'string') continue;
      if (value !== 'AWS_IAM' && value !== 'NONE') {
        findings.push({ resource: permission, property: 'FunctionUrlAuthType', value, limit: 'AWS_IAM or NONE', fix: "Use the URL's AuthType: AWS_IAM or NONE." });
      } else if (grantsAction(permission.properties.Action, 'InvokeFunctionUrl') === false) {
        findings.push({
          resource: permission,
          property: 'FunctionUrlAuthType',
          value,
          limit: 'absent unless Action is lambda:InvokeFunctionUrl',
          fix: 'Remove FunctionUrlAuthType from this permission; for the lambda:InvokeFunction statement of a URL, set InvokedViaFunctionUrl instead.',
          severity: Severity.WARNING,
        });
      }
    }
    return findings;
  },
};
