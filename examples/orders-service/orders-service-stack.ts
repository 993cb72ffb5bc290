/**
 * Blueprint: an orders HTTP service behind a function URL, deployed by canary.
 *
 * What it shows: a `ServerlessFunction` with real handler code (handler/index.ts, bundled locally by esbuild at
 * synth) serving HTTP requests through a function URL on the live alias, with AWS_IAM auth: only signed requests
 * of principals granted `grantInvokeUrl` get through (here the `OrdersClient` role; put CloudFront in front with
 * `orders.urlOrigin()` for browsers). Every new version is shifted in by CodeDeploy as a canary (10 % of the
 * traffic for five minutes, then the rest), watched by the alarms the library creates (errors and throttles of the
 * live alias, and its p99 latency above 800 ms) and rolled back automatically when one fires. Also every
 * production default: own log group kept a year, active tracing, arm64, JSON logs at INFO, a dead-letter queue for
 * failed asynchronous invocations, a least-privilege execution role, and LambdaLimits validation at synth.
 *
 * Synthesize it with every other blueprint: `npx cdk synth` (bin/app.ts), or alone:
 * `npx cdk synth OrdersService`.
 */
import * as path from 'path';
import { Duration, Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { CustomerManagedKey, Deployment, ServerlessFunction } from '../../lib';
import { bundledCode } from '../shared/bundle';
import { acknowledgeOutsideVpc } from '../shared/outside-vpc';

export class OrdersServiceStack extends Stack {
  /** The orders function. */
  public readonly orders: ServerlessFunction;
  /** The role of the service's clients: it may call the function URL, and nothing else. */
  public readonly client: ClientRole;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);

    // Request logs hold order ids and amounts: encrypted with a key of this account, rotated yearly.
    const logKey = new CustomerManagedKey(this, 'LogKey', { description: 'Encrypts the orders service logs' });

    this.orders = new ServerlessFunction(this, 'Orders', {
      runtime: lambda.Runtime.NODEJS_24_X,
      code: bundledCode(path.join(__dirname, 'handler', 'index.ts'), { target: 'node24' }),
      handler: 'index.handler',
      description: 'Orders HTTP service: validates and prices orders',
      memorySize: 1024,
      timeout: Duration.seconds(10),
      // A ceiling for a runaway client, and the rest of the account's concurrency stays free for other functions.
      reservedConcurrentExecutions: 100,
      applicationLogLevel: lambda.ApplicationLogLevel.INFO,
      logEncryptionKey: logKey,
      environment: { NODE_OPTIONS: '--enable-source-maps', ORDER_CURRENCIES: 'EUR,USD,GBP' },
      url: { authType: lambda.FunctionUrlAuthType.AWS_IAM },
      deployment: Deployment.CANARY_10_PERCENT_5_MINUTES,
      // Pricing an order takes a few milliseconds; a p99 near the 10 s timeout means the new version is broken.
      latencyAlarmThreshold: Duration.millis(800),
    });

    // The service reaches nothing private: no VPC (ServerlessFunction acknowledges Control Tower's VPC check for the same reason).
    acknowledgeOutsideVpc(this.orders, NOT_IN_VPC_REASON);

    // The service's clients (a frontend's role, another team's account) sign their requests to the URL of the live alias.
    this.client = new ClientRole(this, 'OrdersClient', {
      assumedBy: new iam.AccountPrincipal(this.account),
      description: 'Calls the orders service through its function URL',
    });
    this.orders.grantInvokeUrl(this.client);
  }
}

/**
 * A role whose grants land in one customer-managed policy (`grantsPolicy`) instead of an inline `DefaultPolicy`
 * (which the HIPAA, NIST and PCI packs flag as IAMNoInlinePolicy).
 */
export class ClientRole extends iam.Role {
  /** Holds every statement granted to the role. */
  public readonly grantsPolicy: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: iam.RoleProps) {
    super(scope, id, props);
    this.grantsPolicy = new iam.ManagedPolicy(this, 'GrantsPolicy', { description: `Grants to ${this.node.path}`, roles: [this] });
  }

  public addToPrincipalPolicy(statement: iam.PolicyStatement): iam.AddToPrincipalPolicyResult {
    this.grantsPolicy.addStatements(statement);
    return { statementAdded: true, policyDependable: this.grantsPolicy };
  }
}

const NOT_IN_VPC_REASON = 'The orders service calls no private resource (it prices orders in memory): a VPC would add network '
  + 'interfaces and endpoints to pay for and protect nothing. Lambda runs it in an AWS-owned, isolated network; its only entry '
  + 'is the AWS_IAM function URL.';
