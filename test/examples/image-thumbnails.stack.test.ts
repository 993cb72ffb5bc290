import { App, Aspects } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { BLUEPRINT_ENV } from '../../examples';
import { ImageThumbnailsStack, THUMBNAILS_PREFIX, UPLOADS_PREFIX } from '../../examples/image-thumbnails/image-thumbnails-stack';
import { LambdaLimits } from '../../lib';
import { ALL_NAG_PACKS, complianceReport } from '../support/compliance';

describe('ImageThumbnails blueprint', () => {
  const app = new App();
  const stack = new ImageThumbnailsStack(app, 'ImageThumbnails', { env: BLUEPRINT_ENV });
  const template = Template.fromStack(stack);
  const id = (construct: any) => stack.getLogicalId((construct.node.defaultChild ?? construct) as any);
  const statements = (): any[] => Object.values({ ...template.findResources('AWS::IAM::ManagedPolicy'), ...template.findResources('AWS::IAM::Policy') })
    .flatMap((policy: any) => policy.Properties.PolicyDocument.Statement);

  test('one function only: the thumbnailer (no bucket-notifications custom resource and its function)', () => {
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.resourceCountIs('Custom::S3BucketNotifications', 0);
    template.resourceCountIs('AWS::S3::Bucket', 3);
    template.resourceCountIs('AWS::KMS::Key', 3);
  });

  test('the uploads bucket sends its events to EventBridge; a rule for its uploads/ prefix invokes the live alias, with a dead-letter queue', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: Match.objectLike({ ServerSideEncryptionConfiguration: [Match.objectLike({ ServerSideEncryptionByDefault: Match.objectLike({
        KMSMasterKeyID: { 'Fn::GetAtt': [id(stack.uploads.encryptionKey), 'Arn'] },
      }) })] }),
      NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } },
    });
    template.resourceCountIs('AWS::Events::Rule', 1);
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        'source': ['aws.s3'],
        'detail-type': ['Object Created'],
        'detail': { bucket: { name: [{ Ref: id(stack.uploads) }] }, object: { key: [{ prefix: UPLOADS_PREFIX }] } },
      },
      Targets: [Match.objectLike({
        Arn: { Ref: id(stack.thumbnailer.alias) },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('EventsDeadLetterQueue'), 'Arn'] } },
      })],
    });
  });

  test('no recursion: the function writes to the other bucket, and no rule matches that bucket', () => {
    const rules = Object.values(template.findResources('AWS::Events::Rule'));
    expect(JSON.stringify(rules)).not.toContain(id(stack.thumbnails));
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({
        UPLOADS_BUCKET: { Ref: id(stack.uploads) }, UPLOADS_PREFIX,
        THUMBNAILS_BUCKET: { Ref: id(stack.thumbnails) }, THUMBNAILS_PREFIX,
      }) },
    });
    expect(id(stack.uploads)).not.toEqual(id(stack.thumbnails));
  });

  test('the thumbnailer may read under uploads/, write under thumbnails/, and use each bucket\'s key through S3: nothing more', () => {
    const s3AndKms = statements().filter(s => [s.Action].flat().some((action: string) => /^(s3|kms):/.test(action)));
    const viaS3 = { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } };
    const objects = (bucket: any, prefix: string) => ({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [id(bucket), 'Arn'] }, `/${prefix}*`]] });
    expect(s3AndKms).toEqual([
      { Sid: 'ReadUploads', Effect: 'Allow', Action: 's3:GetObject', Resource: objects(stack.uploads, UPLOADS_PREFIX) },
      { Sid: 'DecryptUploads', Effect: 'Allow', Action: 'kms:Decrypt', Resource: { 'Fn::GetAtt': [id(stack.uploads.encryptionKey), 'Arn'] }, Condition: viaS3 },
      { Sid: 'WriteThumbnails', Effect: 'Allow', Action: 's3:PutObject', Resource: objects(stack.thumbnails, THUMBNAILS_PREFIX) },
      { Sid: 'EncryptThumbnails', Effect: 'Allow', Action: 'kms:GenerateDataKey', Resource: { 'Fn::GetAtt': [id(stack.thumbnails.encryptionKey), 'Arn'] }, Condition: viaS3 },
    ]);
  });

  test('no IAM statement has a wildcard resource except X-Ray\'s, and no action is a wildcard', () => {
    const wildcards = statements().filter(s => [s.Resource].flat().includes('*'));
    expect(wildcards.map(s => s.Action)).toEqual([['xray:PutTraceSegments', 'xray:PutTelemetryRecords']]);
    expect(statements().flatMap(s => [s.Action].flat()).filter((action: string) => action.includes('*'))).toEqual([]);
  });

  test('every bucket: versioned, public access blocked, Object Lock on (no default retention), EventBridge on, lifecycle rules', () => {
    const buckets = Object.values(template.findResources('AWS::S3::Bucket')).map((bucket: any) => bucket.Properties);
    for (const bucket of buckets) {
      expect(bucket).toMatchObject({
        VersioningConfiguration: { Status: 'Enabled' },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        ObjectLockEnabled: true,
        ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled' },
        NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      });
      expect(bucket.LifecycleConfiguration.Rules.length).toBeGreaterThan(0);
    }
    template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { DestinationBucketName: { Ref: id(stack.accessLogs) }, LogFilePrefix: 'Uploads/' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [Match.objectLike({ BucketKeyEnabled: true })] },
      LifecycleConfiguration: { Rules: Match.arrayWith([
        Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } }),
        Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }),
      ]) },
    });
    template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { DestinationBucketName: { Ref: id(stack.accessLogs) }, LogFilePrefix: 'Thumbnails/' },
    });
  });

  test('every bucket refuses requests without TLS 1.2 or later', () => {
    for (const bucket of [stack.accessLogs, stack.uploads, stack.thumbnails]) {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: id(bucket) },
        PolicyDocument: { Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Effect: 'Deny', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
        ]) },
      });
    }
  });

  test('the access logs are delivered by the S3 logging service through the bucket policy, for the two image buckets only', () => {
    const logPolicy = Object.values(template.findResources('AWS::S3::BucketPolicy'))
      .find((policy: any) => policy.Properties.Bucket.Ref === id(stack.accessLogs)) as any;
    const delivery = logPolicy.Properties.PolicyDocument.Statement.filter((s: any) => s.Principal?.Service === 'logging.s3.amazonaws.com');
    expect(delivery.map((s: any) => s.Condition.ArnLike['aws:SourceArn'])).toEqual([
      { 'Fn::GetAtt': [id(stack.uploads), 'Arn'] }, { 'Fn::GetAtt': [id(stack.thumbnails), 'Arn'] },
    ]);
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LoggingConfiguration: Match.absent(),
    });
  });

  test('every key (each bucket\'s, the logs\') is rotated and may be handed on by grant only to AWS services acting for AWS resources', () => {
    const keys = Object.values(template.findResources('AWS::KMS::Key')).map((key: any) => key.Properties);
    for (const key of keys) {
      expect(key.EnableKeyRotation).toBe(true);
      expect(key.KeyPolicy.Statement).toContainEqual(expect.objectContaining({
        Effect: 'Deny', Action: 'kms:CreateGrant',
        Condition: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
      }));
    }
    template.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^LogKey'), 'Arn'] } });
  });

  test('LambdaLimits finds nothing to report', () => {
    const limitsApp = new App();
    const limitsStack = new ImageThumbnailsStack(limitsApp, 'ImageThumbnails', { env: BLUEPRINT_ENV });
    Aspects.of(limitsApp).add(new LambdaLimits());
    expect(() => limitsApp.synth()).not.toThrow();
    expect(Annotations.fromStack(limitsStack).findError('*', Match.anyValue())).toEqual([]);
  });

  test('passes every cdk-nag pack, the Control Tower rules and the strict CloudFormation validator, with no stale acknowledgement', () => {
    const report = complianceReport(gateApp => new ImageThumbnailsStack(gateApp, 'ImageThumbnails', { env: BLUEPRINT_ENV }), { nagPacks: ALL_NAG_PACKS });
    expect(report.findings).toEqual([]);
    expect(report.unusedAcknowledgements).toEqual([]);
  });
});
