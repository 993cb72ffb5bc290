import { groupBy } from '../model';
import { CFN_EVENT_INVOKE_CONFIG_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { describeQualifier, qualifiedTarget } from './versioning-lookups';

/** One EventInvokeConfig per function and qualifier (eic-one-per-qualifier: FunctionName+Qualifier is its primary identifier). */
export const eventInvokeConfigOnePerQualifier: Rule = {
  id: 'LambdaKit.EventInvokeConfig.OnePerQualifier',
  severity: Severity.ERROR,
  constraint: 'A function version or alias has at most one EventInvokeConfig (FunctionName and Qualifier identify it).',
  source: CFN_EVENT_INVOKE_CONFIG_DOC,
  resourceTypes: ['AWS::Lambda::EventInvokeConfig'],
  check({ model }) {
    const findings: Finding[] = [];
    const configs = model.ofType('AWS::Lambda::EventInvokeConfig').map(resource => ({ resource, target: qualifiedTarget(model, resource, 'FunctionName') }));
    const groups = groupBy(configs, config => config.target && `${config.target.fn.key} ${config.target.qualifier.key}`);
    for (const group of groups.values()) {
      for (const config of group.slice(1)) {
        findings.push({
          resource: config.resource,
          property: 'Qualifier',
          value: config.resource.properties.Qualifier,
          limit: `a qualifier without another EventInvokeConfig (${group[0].resource.path} already configures ${describeQualifier(config.target!.qualifier)})`,
          fix: 'Merge the two asynchronous invocation configurations into one.',
        });
      }
    }
    return findings;
  },
};
