import { Duration } from 'aws-cdk-lib';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import { Construct } from 'constructs';
import { recordPropertyNames } from '../validation/property-names';

/**
 * How traffic shifts in a canary or linear deployment.
 */
export interface TrafficShiftOptions {
  /**
   * The percentage of traffic shifted at each step, a whole number from 1 to 99.
   */
  readonly percent: number;

  /**
   * The time between steps, in whole minutes; the whole deployment must finish within 48 hours.
   */
  readonly interval: Duration;
}

enum DeploymentType {
  ALL_AT_ONCE = 'AllAtOnce',
  CANARY = 'TimeBasedCanary',
  LINEAR = 'TimeBasedLinear',
}

/**
 * How a new version of a `ServerlessFunction` receives traffic: a CodeDeploy deployment of the live alias,
 * watched by alarms, rolled back automatically when one fires or the deployment fails.
 *
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
 */
export class Deployment {
  /** Shift all traffic at once, still with the alarms and automatic rollback of CodeDeploy. */
  public static readonly ALL_AT_ONCE = new Deployment(DeploymentType.ALL_AT_ONCE);

  /** 10 percent first, the rest five minutes later (CodeDeploy's predefined `LambdaCanary10Percent5Minutes`). */
  public static readonly CANARY_10_PERCENT_5_MINUTES = Deployment.canary({ percent: 10, interval: Duration.minutes(5) });

  /** 10 percent first, the rest 30 minutes later (CodeDeploy's predefined `LambdaCanary10Percent30Minutes`). */
  public static readonly CANARY_10_PERCENT_30_MINUTES = Deployment.canary({ percent: 10, interval: Duration.minutes(30) });

  /** 10 percent more every minute (CodeDeploy's predefined `LambdaLinear10PercentEvery1Minute`). */
  public static readonly LINEAR_10_PERCENT_EVERY_1_MINUTE = Deployment.linear({ percent: 10, interval: Duration.minutes(1) });

  /** 10 percent more every 10 minutes (CodeDeploy's predefined `LambdaLinear10PercentEvery10Minutes`). */
  public static readonly LINEAR_10_PERCENT_EVERY_10_MINUTES = Deployment.linear({ percent: 10, interval: Duration.minutes(10) });

  /**
   * Shift `percent` of the traffic first, and the rest after `interval`.
   *
   * @example Deployment.canary({ percent: 10, interval: Duration.minutes(5) })
   */
  public static canary(options: TrafficShiftOptions): Deployment {
    return new Deployment(DeploymentType.CANARY, options);
  }

  /**
   * Shift `percent` more of the traffic every `interval`.
   *
   * @example Deployment.linear({ percent: 10, interval: Duration.minutes(1) })
   */
  public static linear(options: TrafficShiftOptions): Deployment {
    return new Deployment(DeploymentType.LINEAR, options);
  }

  private constructor(private readonly type: DeploymentType, private readonly shift?: TrafficShiftOptions) {}

  /**
   * The CodeDeploy deployment configuration: a predefined one where it exists, else one defined in `scope`.
   *
   * The numbers are written as given, so that LambdaLimits reports invalid ones at synth with every other
   * problem (aws-cdk-lib's `Duration.toMinutes` would throw on fractional minutes instead).
   *
   * @internal
   */
  public _bind(scope: Construct): codedeploy.ILambdaDeploymentConfig {
    if (this.type === DeploymentType.ALL_AT_ONCE || !this.shift) return codedeploy.LambdaDeploymentConfig.ALL_AT_ONCE;
    const minutes = this.shift.interval.toSeconds() / 60;
    const predefined = PREDEFINED[`${this.type}:${this.shift.percent}:${minutes}`];
    if (predefined) return predefined;

    const block = this.type === DeploymentType.CANARY
      ? { timeBasedCanary: { canaryPercentage: this.shift.percent, canaryInterval: minutes } }
      : { timeBasedLinear: { linearPercentage: this.shift.percent, linearInterval: minutes } };
    const config = new codedeploy.CfnDeploymentConfig(scope, 'DeploymentConfig', {
      computePlatform: 'Lambda',
      trafficRoutingConfig: { type: this.type, ...block },
    });
    const factory = this.type === DeploymentType.CANARY ? 'canary' : 'linear';
    recordPropertyNames(config, {
      'TrafficRoutingConfig.TimeBasedCanary.CanaryPercentage': `deployment: Deployment.${factory}({ percent })`,
      'TrafficRoutingConfig.TimeBasedCanary.CanaryInterval': `deployment: Deployment.${factory}({ interval })`,
      'TrafficRoutingConfig.TimeBasedLinear.LinearPercentage': `deployment: Deployment.${factory}({ percent })`,
      'TrafficRoutingConfig.TimeBasedLinear.LinearInterval': `deployment: Deployment.${factory}({ interval })`,
      'TrafficRoutingConfig': `deployment: Deployment.${factory}(...)`,
    });
    return codedeploy.LambdaDeploymentConfig.fromLambdaDeploymentConfigName(scope, 'DeploymentConfigRef', config.ref);
  }
}

const PREDEFINED: Record<string, codedeploy.ILambdaDeploymentConfig> = {
  [`${DeploymentType.CANARY}:10:5`]: codedeploy.LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES,
  [`${DeploymentType.CANARY}:10:10`]: codedeploy.LambdaDeploymentConfig.CANARY_10PERCENT_10MINUTES,
  [`${DeploymentType.CANARY}:10:15`]: codedeploy.LambdaDeploymentConfig.CANARY_10PERCENT_15MINUTES,
  [`${DeploymentType.CANARY}:10:30`]: codedeploy.LambdaDeploymentConfig.CANARY_10PERCENT_30MINUTES,
  [`${DeploymentType.LINEAR}:10:1`]: codedeploy.LambdaDeploymentConfig.LINEAR_10PERCENT_EVERY_1MINUTE,
  [`${DeploymentType.LINEAR}:10:2`]: codedeploy.LambdaDeploymentConfig.LINEAR_10PERCENT_EVERY_2MINUTES,
  [`${DeploymentType.LINEAR}:10:3`]: codedeploy.LambdaDeploymentConfig.LINEAR_10PERCENT_EVERY_3MINUTES,
  [`${DeploymentType.LINEAR}:10:10`]: codedeploy.LambdaDeploymentConfig.LINEAR_10PERCENT_EVERY_10MINUTES,
};
