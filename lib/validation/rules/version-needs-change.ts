import { groupBy } from '../model';
import { CFN_VERSION_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { functionTarget } from './versioning-lookups';

/**
 * Two Version resources of one function in one stack publish from the same configuration in one deployment;
 * the second publish finds nothing changed (ver-new-version-needs-change, UNVERIFIED error text
 * "A version for this Lambda function exists ( 1 ). Modify the function to create a new version.").
 */
export const versionNeedsChange: Rule = {
  id: 'LambdaKit.Version.NeedsChange',
  severity: Severity.WARNING,
  constraint: 'UNVERIFIED: a stack holds one Version resource per function and deployment; a second Version of an unchanged function fails with "A version for this Lambda function exists".',
  source: CFN_VERSION_DOC,
  resourceTypes: ['AWS::Lambda::Version'],
  check({ model }) {
    const findings: Finding[] = [];
    const versions = model.ofType('AWS::Lambda::Version');
    const groups = groupBy(versions, version => {
      const fn = functionTarget(model, version, version.properties.FunctionName)?.fn;
      return fn && `${version.stack.node.path} ${fn.key}`;
    });
    for (const group of groups.values()) {
      for (const version of group.slice(1)) {
        findings.push({
          resource: version,
          property: 'FunctionName',
          value: version.properties.FunctionName,
          limit: `the function of only one Version resource in the stack (${group[0].path} publishes it too)`,
          fix: 'Publish one version per deployment (function.currentVersion) and reuse it, instead of declaring several Version resources for the same function.',
        });
      }
    }
    return findings;
  },
};
