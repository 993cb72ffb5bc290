import { App, Aspects, Duration, Size, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as cr from 'aws-cdk-lib/custom-resources';
import { LambdaLimits } from '../../lib';
import { CLOUDFORMATION_VALIDATE_CHECKER, complianceFindings } from '../support/compliance';
import { l2Function } from './helpers';

/**
 * Configurations that are not ours: valid apps written with aws-cdk-lib's own constructs, the way users write them,
 * each creating Lambda resources LambdaLimits reads. LambdaLimits must accept every one of them (no error, no crash);
 * a false positive here would break a user's working app.
 */
const ENV = { account: '123456789012', region: 'eu-west-1' };

const CONFIGURATIONS: Record<string, (stack: Stack, app: App) => void> = {
  'function with every event source (SQS standard and FIFO, Kinesis, DynamoDB, S3, SNS)': (stack) => {
    const fn = l2Function(stack, 'Fn', { timeout: Duration.seconds(30) });
    fn.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Q', { visibilityTimeout: Duration.minutes(3) }), {
      batchSize: 100, maxBatchingWindow: Duration.seconds(5), reportBatchItemFailures: true, maxConcurrency: 5,
    }));
    fn.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Fifo', { fifo: true, visibilityTimeout: Duration.minutes(3) }), { batchSize: 10 }));
    fn.addEventSource(new sources.KinesisEventSource(new kinesis.Stream(stack, 'S'), {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON, bisectBatchOnError: true, retryAttempts: 3, parallelizationFactor: 2,
      onFailure: new sources.SqsDlq(new sqs.Queue(stack, 'StreamFailures')), tumblingWindow: Duration.minutes(1),
    }));
    const table = new dynamodb.Table(stack, 'T', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
    });
    fn.addEventSource(new sources.DynamoEventSource(table, {
      startingPosition: lambda.StartingPosition.LATEST, filters: [lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('INSERT') })],
    }));
    fn.addEventSource(new sources.S3EventSource(new s3.Bucket(stack, 'B'), { events: [s3.EventType.OBJECT_CREATED], filters: [{ prefix: 'in/' }] }));
    fn.addEventSource(new sources.SnsEventSource(new sns.Topic(stack, 'Topic')));
  },
  'alias with weighted routing, provisioned concurrency with autoscaling, and a CodeDeploy canary': (stack) => {
    const fn = l2Function(stack, 'Fn', { reservedConcurrentExecutions: 50 });
    const previous = new lambda.Version(stack, 'Previous', { lambda: fn, description: 'previous' });
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion, additionalVersions: [{ version: previous, weight: 0.1 }] });
    // Provisioned concurrency goes on an alias without routing (AWS's schema excludes the pair).
    const warm = new lambda.Alias(stack, 'Warm', { aliasName: 'warm', version: fn.currentVersion, provisionedConcurrentExecutions: 2 });
    warm.addAutoScaling({ minCapacity: 2, maxCapacity: 10 }).scaleOnUtilization({ utilizationTarget: 0.7 });
    const canaryFn = l2Function(stack, 'CanaryFn');
    new codedeploy.LambdaDeploymentGroup(stack, 'Deploy', {
      alias: new lambda.Alias(stack, 'CanaryLive', { aliasName: 'live', version: canaryFn.currentVersion }),
      deploymentConfig: codedeploy.LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES,
    });
  },
  'async destinations of every kind, and a dead-letter queue on another function': (stack) => {
    const target = l2Function(stack, 'Target');
    const fn = l2Function(stack, 'Fn', {
      onSuccess: new destinations.EventBridgeDestination(new events.EventBus(stack, 'Bus')),
      onFailure: new destinations.SqsDestination(new sqs.Queue(stack, 'Failures')),
      retryAttempts: 0, maxEventAge: Duration.hours(2),
    });
    fn.currentVersion.configureAsyncInvoke({ onFailure: new destinations.LambdaDestination(target), onSuccess: new destinations.SnsDestination(new sns.Topic(stack, 'T')) });
    l2Function(stack, 'WithDlq', { deadLetterQueueEnabled: true });
  },
  'function URL with CORS, a layer, a VPC, EFS-free ephemeral storage, SnapStart on Java, ARM, log retention': (stack) => {
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const layer = new lambda.LayerVersion(stack, 'Layer', {
      code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'Layers', 'layers-bucket'), 'layer.zip'), compatibleRuntimes: [lambda.Runtime.NODEJS_22_X], compatibleArchitectures: [lambda.Architecture.ARM_64],
    });
    const fn = l2Function(stack, 'Fn', {
      vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, layers: [layer], architecture: lambda.Architecture.ARM_64,
      ephemeralStorageSize: Size.gibibytes(2), memorySize: 2048, logRetention: logs.RetentionDays.ONE_WEEK,
    });
    fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM, cors: { allowedOrigins: ['https://example.com'], maxAge: Duration.hours(1) } });
    const java = new lambda.Function(stack, 'Java', {
      runtime: lambda.Runtime.JAVA_21, handler: 'example.Handler::handleRequest', code: lambda.Code.fromBucket(new s3.Bucket(stack, 'Code'), 'app.jar'),
      snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS, memorySize: 1024, timeout: Duration.seconds(30),
    });
    new lambda.Alias(stack, 'JavaLive', { aliasName: 'live', version: java.currentVersion });
  },
  'container image function, singleton function, permissions for other services': (stack) => {
    new lambda.DockerImageFunction(stack, 'Image', { code: lambda.DockerImageCode.fromEcr(ecr.Repository.fromRepositoryName(stack, 'Repo', 'app'), { tagOrDigest: 'v1' }) });
    const singleton = new lambda.SingletonFunction(stack, 'Singleton', {
      uuid: 'b3f1c0de-0000-4000-8000-000000000001', runtime: lambda.Runtime.PYTHON_3_13, handler: 'index.handler', code: lambda.Code.fromInline('def handler(e, c): pass'),
    });
    singleton.addPermission('FromBucket', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceArn: 'arn:aws:s3:::my-bucket', sourceAccount: ENV.account });
    new events.Rule(stack, 'Nightly', { schedule: events.Schedule.cron({ hour: '2', minute: '0' }), targets: [new targets.LambdaFunction(l2Function(stack, 'Job'))] });
  },
  'custom resources: the provider framework, AwsCustomResource and BucketDeployment': (stack) => {
    const provider = new cr.Provider(stack, 'Provider', { onEventHandler: l2Function(stack, 'OnEvent'), isCompleteHandler: l2Function(stack, 'IsComplete') });
    new cr.AwsCustomResource(stack, 'Lookup', {
      onUpdate: { service: 'SSM', action: 'getParameter', parameters: { Name: '/app/config' }, physicalResourceId: cr.PhysicalResourceId.of('config') },
      policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: ['arn:aws:ssm:eu-west-1:123456789012:parameter/app/config'] }),
    });
    void provider.serviceToken;
    new s3deploy.BucketDeployment(stack, 'Deploy', { sources: [s3deploy.Source.data('index.html', '<html></html>')], destinationBucket: new s3.Bucket(stack, 'Site') });
  },
  'Lambda@Edge through a CloudFront distribution (cross-region EdgeFunction)': (stack) => {
    const edge = new cloudfront.experimental.EdgeFunction(stack, 'Edge', {
      runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async (e) => e.Records[0].cf.request;'),
    });
    new cloudfront.Distribution(stack, 'Cdn', {
      defaultBehavior: {
        origin: new origins.HttpOrigin('example.com'),
        edgeLambdas: [{ functionVersion: edge.currentVersion, eventType: cloudfront.LambdaEdgeEventType.VIEWER_REQUEST }],
      },
    });
  },
};

describe.each(Object.keys(CONFIGURATIONS))('LambdaLimits accepts aws-cdk-lib\'s own %s', (name) => {
  test('synth succeeds without a LambdaLimits error', () => {
    const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Stack', { env: ENV });
    CONFIGURATIONS[name](stack, app);
    Aspects.of(app).add(new LambdaLimits());
    const assembly = app.synth();
    const lambdaResources = assembly.stacks.flatMap(s => Object.values(s.template.Resources ?? {}) as any[])
      .filter(resource => String(resource.Type).startsWith('AWS::Lambda::'));
    expect(lambdaResources.length).toBeGreaterThan(0);
    // Warnings are advice (for example a queue visibility timeout below six function timeouts); none may be an error.
    const errors = assembly.stacks.flatMap(s => s.messages).filter(m => m.level === 'error');
    expect(errors).toEqual([]);
  });

  test('AWS\'s CloudFormation validator accepts it too (so it is a configuration AWS would deploy)', () => {
    const findings = complianceFindings(app => CONFIGURATIONS[name](new Stack(app, 'Stack', { env: ENV }), app), { nagPacks: [], controlTower: false });
    expect(findings.filter(f => f.checker === CLOUDFORMATION_VALIDATE_CHECKER)).toEqual([]);
  });
});
