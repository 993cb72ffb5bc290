/**
 * Every blueprint, in one list: bin/app.ts synthesizes them and the tests snapshot and audit them.
 * Importing this file synthesizes nothing.
 */
import { App, Environment, Stack } from 'aws-cdk-lib';
import { ClickstreamProcessorStack } from './clickstream-processor/clickstream-processor-stack';
import { ImageThumbnailsStack } from './image-thumbnails/image-thumbnails-stack';
import { NightlyReportStack } from './nightly-report/nightly-report-stack';
import { OrderAuditTrailStack } from './order-audit-trail/order-audit-trail-stack';
import { OrderEventsWorkerStack } from './order-events-worker/order-events-worker-stack';
import { OrdersServiceStack } from './orders-service/orders-service-stack';
import { RegulatedPaymentsStack } from './regulated-payments/regulated-payments-stack';

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
  { name: 'ImageThumbnails', create: (app, env) => new ImageThumbnailsStack(app, 'ImageThumbnails', { env }) },
  { name: 'OrderAuditTrail', create: (app, env) => new OrderAuditTrailStack(app, 'OrderAuditTrail', { env }) },
  { name: 'NightlyReport', create: (app, env) => new NightlyReportStack(app, 'NightlyReport', { env }) },
  { name: 'RegulatedPayments', create: (app, env) => new RegulatedPaymentsStack(app, 'RegulatedPayments', { env }) },
];
