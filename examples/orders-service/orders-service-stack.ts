/**
 * Blueprint: an orders HTTP service.
 *
 * What it shows: a `ServerlessFunction` with real handler code (handler/index.ts, bundled locally by
 * esbuild at synth), sized and timed explicitly, with JSON logs at INFO, an environment variable, and
 * every production default: own log group kept a year, active tracing, arm64, a dead-letter queue for
 * failed asynchronous invocations, a least-privilege execution role, versions and the live alias,
 * and LambdaLimits validation at synth.
 *
 * Synthesize it with every other blueprint: `npx cdk synth` (bin/app.ts), or alone:
 * `npx cdk synth OrdersService`.
 */
import * as path from 'path';
import { Duration, Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { ServerlessFunction } from '../../lib';
import { bundledCode } from '../shared/bundle';

export class OrdersServiceStack extends Stack {
  /** The orders function. */
  public readonly orders: ServerlessFunction;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);

    this.orders = new ServerlessFunction(this, 'Orders', {
      runtime: lambda.Runtime.NODEJS_24_X,
      code: bundledCode(path.join(__dirname, 'handler', 'index.ts'), { target: 'node24' }),
      handler: 'index.handler',
      description: 'Orders HTTP service: validates and prices orders',
      memorySize: 1024,
      timeout: Duration.seconds(10),
      applicationLogLevel: lambda.ApplicationLogLevel.INFO,
      environment: { NODE_OPTIONS: '--enable-source-maps', ORDER_CURRENCIES: 'EUR,USD,GBP' },
    });

    // The service's clients (a frontend's role, another team's account) invoke the live alias only.
    const client = new iam.Role(this, 'OrdersClient', {
      assumedBy: new iam.AccountPrincipal(this.account),
      description: 'Calls the orders service',
    });
    this.orders.grantInvoke(client);
  }
}
