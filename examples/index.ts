/**
 * Every blueprint, in one list: bin/app.ts synthesizes them and the tests snapshot and audit them.
 * Importing this file synthesizes nothing.
 */
import { App, Environment, Stack } from 'aws-cdk-lib';
import { ClickstreamProcessorStack } from './clickstream-processor/clickstream-processor-stack';
import { OrderEventsWorkerStack } from './order-events-worker/order-events-worker-stack';
import { OrdersServiceStack } from './orders-service/orders-service-stack';

export interface Blueprint {
  /** The stack name, as `npx cdk synth <name>` takes it. */
  readonly name: string;
  /** Creates the blueprint's stack in `app`. */
  create(app: App, env: Environment): Stack;
}

/** An example account and Region: synth needs no AWS account. */
export const BLUEPRINT_ENV: Environment = { account: '111111111111', region: 'eu-west-1' };

export const BLUEPRINTS: Blueprint[] = [
  { name: 'OrdersService', create: (app, env) => new OrdersServiceStack(app, 'OrdersService', { env }) },
  { name: 'OrderEventsWorker', create: (app, env) => new OrderEventsWorkerStack(app, 'OrderEventsWorker', { env }) },
  { name: 'ClickstreamProcessor', create: (app, env) => new ClickstreamProcessorStack(app, 'ClickstreamProcessor', { env }) },
];
