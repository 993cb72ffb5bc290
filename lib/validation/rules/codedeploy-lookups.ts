/** Shared reading of CodeDeploy Lambda deployment configurations. */
import type { ModelResource } from '../model';
import { numberValue, objectValue, pathValue, stringValue } from '../values';

export const DEPLOYMENT_CONFIG = 'AWS::CodeDeploy::DeploymentConfig';
export const DEPLOYMENT_GROUP = 'AWS::CodeDeploy::DeploymentGroup';
export const APPLICATION = 'AWS::CodeDeploy::Application';

/** A canary or linear traffic shift of a Lambda deployment config. */
export interface TrafficShift {
  readonly kind: 'canary' | 'linear';
  /** `DeploymentConfig` property paths of the block, its percentage and its interval. */
  readonly block: string;
  readonly percentageProperty: string;
  readonly intervalProperty: string;
  readonly percentage: unknown;
  readonly interval: unknown;
}

/** Deployment configs for the Lambda compute platform. */
export function lambdaDeploymentConfigs(configs: ModelResource[]): ModelResource[] {
  return configs.filter(config => stringValue(config.properties.ComputePlatform) === 'Lambda');
}

/** The canary or linear shift the config's TrafficRoutingConfig describes, when it has one. */
export function trafficShift(config: ModelResource): TrafficShift | undefined {
  const routing = objectValue(config.properties.TrafficRoutingConfig);
  if (!routing) return undefined;
  const canary = objectValue(routing.TimeBasedCanary);
  if (canary) {
    return {
      kind: 'canary', block: 'TrafficRoutingConfig.TimeBasedCanary',
      percentageProperty: 'TrafficRoutingConfig.TimeBasedCanary.CanaryPercentage', intervalProperty: 'TrafficRoutingConfig.TimeBasedCanary.CanaryInterval',
      percentage: canary.CanaryPercentage, interval: canary.CanaryInterval,
    };
  }
  const linear = objectValue(routing.TimeBasedLinear);
  if (linear) {
    return {
      kind: 'linear', block: 'TrafficRoutingConfig.TimeBasedLinear',
      percentageProperty: 'TrafficRoutingConfig.TimeBasedLinear.LinearPercentage', intervalProperty: 'TrafficRoutingConfig.TimeBasedLinear.LinearInterval',
      percentage: linear.LinearPercentage, interval: linear.LinearInterval,
    };
  }
  return undefined;
}

/** Minutes between the first and the last traffic shift, when known. */
export function shiftSpanMinutes(shift: TrafficShift): number | undefined {
  const interval = numberValue(shift.interval);
  if (interval === undefined) return undefined;
  if (shift.kind === 'canary') return interval;
  const percentage = numberValue(shift.percentage);
  if (percentage === undefined || percentage <= 0) return undefined;
  return (Math.ceil(100 / percentage) - 1) * interval;
}

/** A group's alarm names (undefined when unknown). */
export function groupAlarms(group: ModelResource): unknown[] | undefined {
  const alarms = pathValue(group.properties, 'AlarmConfiguration.Alarms');
  return alarms === undefined ? [] : Array.isArray(alarms) ? alarms : undefined;
}
