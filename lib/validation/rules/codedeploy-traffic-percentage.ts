import { CODEDEPLOY_PERCENTAGE_MAX, CODEDEPLOY_PERCENTAGE_MIN, CFN_DEPLOYMENT_CONFIG_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { DEPLOYMENT_CONFIG, lambdaDeploymentConfigs, trafficShift } from './codedeploy-lookups';
import { outsideWholeRange } from './event-source-lookups';

/** Canary and linear percentages: whole numbers 1 to 99 (cd-percentage; the service range is UNVERIFIED, aws-cdk-lib's only). */
export const codeDeployTrafficPercentage: Rule = {
  id: 'LambdaKit.CodeDeploy.TrafficPercentage',
  severity: Severity.WARNING,
  constraint: `UNVERIFIED (aws-cdk-lib's deprecated CustomLambdaDeploymentConfig enforces it): a Lambda deployment config's CanaryPercentage or LinearPercentage is a whole number from ${CODEDEPLOY_PERCENTAGE_MIN} to ${CODEDEPLOY_PERCENTAGE_MAX}.`,
  source: CFN_DEPLOYMENT_CONFIG_DOC,
  resourceTypes: [DEPLOYMENT_CONFIG],
  check({ model }) {
    const findings: Finding[] = [];
    for (const config of lambdaDeploymentConfigs(model.ofType(DEPLOYMENT_CONFIG))) {
      const shift = trafficShift(config);
      if (!shift || !outsideWholeRange(shift.percentage, CODEDEPLOY_PERCENTAGE_MIN, CODEDEPLOY_PERCENTAGE_MAX)) continue;
      findings.push({
        resource: config,
        property: shift.percentageProperty,
        value: shift.percentage,
        limit: `a whole number from ${CODEDEPLOY_PERCENTAGE_MIN} to ${CODEDEPLOY_PERCENTAGE_MAX}`,
        fix: 'Shift between 1 and 99 percent per step; use an all-at-once config to shift everything at once.',
      });
    }
    return findings;
  },
};
