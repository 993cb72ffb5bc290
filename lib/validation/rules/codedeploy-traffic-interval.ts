import { CODEDEPLOY_MAX_SHIFT_MINUTES, CODEDEPLOY_QUOTAS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { formatNumber, numberValue } from '../values';
import { DEPLOYMENT_CONFIG, lambdaDeploymentConfigs, shiftSpanMinutes, trafficShift } from './codedeploy-lookups';

/**
 * Canary and linear intervals: whole minutes of at least 1, and at most 48 hours (2,880 minutes) between the first
 * and the last traffic shift (cd-interval-minutes, cd-total-duration).
 */
export const codeDeployTrafficInterval: Rule = {
  id: 'LambdaKit.CodeDeploy.TrafficInterval',
  severity: Severity.ERROR,
  constraint: `A Lambda deployment config's CanaryInterval or LinearInterval is a whole number of minutes of at least 1, with at most ${formatNumber(CODEDEPLOY_MAX_SHIFT_MINUTES)} minutes (48 hours) between the first and the last traffic shift.`,
  source: CODEDEPLOY_QUOTAS_DOC,
  resourceTypes: [DEPLOYMENT_CONFIG],
  check({ model }) {
    const findings: Finding[] = [];
    for (const config of lambdaDeploymentConfigs(model.ofType(DEPLOYMENT_CONFIG))) {
      const shift = trafficShift(config);
      const interval = shift && numberValue(shift.interval);
      if (!shift || interval === undefined) continue;
      if (interval < 1 || !Number.isInteger(interval)) {
        findings.push({
          resource: config,
          property: shift.intervalProperty,
          value: shift.interval,
          limit: 'a whole number of minutes of at least 1',
          fix: 'Give the interval in whole minutes (Duration.minutes(n)).',
        });
        continue;
      }
      const span = shiftSpanMinutes(shift);
      if (span === undefined || span <= CODEDEPLOY_MAX_SHIFT_MINUTES) continue;
      findings.push({
        resource: config,
        property: shift.intervalProperty,
        value: shift.interval,
        limit: shift.kind === 'canary'
          ? `at most ${formatNumber(CODEDEPLOY_MAX_SHIFT_MINUTES)} minutes (48 hours)`
          : `small enough that the ${Math.ceil(100 / numberValue(shift.percentage)!) - 1} shifts after the first end within ${formatNumber(CODEDEPLOY_MAX_SHIFT_MINUTES)} minutes (48 hours), but they take ${formatNumber(span)} minutes`,
        fix: shift.kind === 'canary' ? 'Shorten the canary interval.' : 'Shorten the interval or raise the percentage shifted per step.',
      });
    }
    return findings;
  },
};
