import { CFN_DEPLOYMENT_CONFIG_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { objectValue, stringValue } from '../values';
import { DEPLOYMENT_CONFIG } from './codedeploy-lookups';

const BLOCKS: Record<string, string | undefined> = { TimeBasedCanary: 'TimeBasedCanary', TimeBasedLinear: 'TimeBasedLinear', AllAtOnce: undefined };

/** TrafficRoutingConfig.Type has exactly its matching block: TimeBasedCanary, TimeBasedLinear, or none for AllAtOnce (cd-type-block). */
export const codeDeployTrafficRoutingType: Rule = {
  id: 'LambdaKit.CodeDeploy.TrafficRoutingType',
  severity: Severity.ERROR,
  constraint: 'A deployment config\'s TrafficRoutingConfig.Type is TimeBasedCanary, TimeBasedLinear or AllAtOnce, with exactly the matching TimeBasedCanary/TimeBasedLinear block (none for AllAtOnce).',
  source: CFN_DEPLOYMENT_CONFIG_DOC,
  resourceTypes: [DEPLOYMENT_CONFIG],
  check({ model }) {
    const findings: Finding[] = [];
    for (const config of model.ofType(DEPLOYMENT_CONFIG)) {
      const routing = objectValue(config.properties.TrafficRoutingConfig);
      const type = stringValue(routing?.Type);
      if (!routing || type === undefined) continue;
      const present = ['TimeBasedCanary', 'TimeBasedLinear'].filter(block => routing[block] !== undefined);
      const expected = BLOCKS[type];
      const valid = type in BLOCKS && present.length === (expected ? 1 : 0) && (!expected || present[0] === expected);
      if (valid) continue;
      findings.push({
        resource: config,
        property: 'TrafficRoutingConfig',
        value: routing,
        limit: type in BLOCKS
          ? `a config with ${expected ? `exactly a ${expected} block` : 'no TimeBasedCanary or TimeBasedLinear block'} when Type is ${type}`
          : 'a config whose Type is TimeBasedCanary, TimeBasedLinear or AllAtOnce',
        fix: 'Make Type and the block agree (LambdaDeploymentConfig with TrafficRouting.timeBasedCanary or timeBasedLinear builds both).',
      });
    }
    return findings;
  },
};
