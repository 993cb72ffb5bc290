import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { BLUEPRINT_ENV } from '../../examples';
import { ImageThumbnailsStack, THUMBNAILS_PREFIX, UPLOADS_PREFIX } from '../../examples/image-thumbnails/image-thumbnails-stack';
import { blueprintGate, iamStatements, lambdaLimitsFindings, synthesizeBlueprint, wildcardActions, wildcardResourceActions } from '../support/blueprint-testing';

describe('ImageThumbnails blueprint', () => {
  const create = (app: App) => new ImageThumbnailsStack(app, 'ImageThumbnails', { env: BLUEPRINT_ENV });
  const { stack, template, id } = synthesizeBlueprint(create);
  const statements = () => iamStatements(template);

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
    expect(wildcardResourceActions(template)).toEqual([['xray:PutTraceSegments', 'xray:PutTelemetryRecords']]);
    expect(wildcardActions(template)).toEqual([]);
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
    expect(lambdaLimitsFindings(create)).toEqual({ errors: [], warnings: [] });
  });

  test('passes every cdk-nag pack, the Control Tower rules and the strict CloudFormation validator, with exactly these acknowledgements', () => {
    // The blueprint's own, and the library's on what it creates (its X-Ray statement, its queues).
    const policy = 'ImageThumbnails/Thumbnailer/ExecutionPolicy';
    const replication = (pack: string) => ['AccessLogs', 'Thumbnails', 'Uploads'].map(bucket => `${pack}-S3BucketReplicationEnabled @ ImageThumbnails/${bucket}`);
    const eventsDlq = 'ImageThumbnails/Thumbnailer/EventsDeadLetterQueueImageThumbnailsImageUploadedEA726F2B';
    expect(blueprintGate(create)).toEqual({ findings: [], unusedAcknowledgements: [], acknowledged: [
      `AwsSolutions-IAM5[Resource::*] @ ${policy}`, // the library
      `AwsSolutions-IAM5[Resource::<${id(stack.thumbnails)}.Arn>/${THUMBNAILS_PREFIX}*] @ ${policy}`,
      `AwsSolutions-IAM5[Resource::<${id(stack.uploads)}.Arn>/${UPLOADS_PREFIX}*] @ ${policy}`,
      `AwsSolutions-SQS3 @ ${eventsDlq}`, // the library
      'HIPAA.Security-LambdaInsideVPC @ ImageThumbnails/Thumbnailer/Function',
      ...replication('HIPAA.Security'),
      'HIPAA.Security-S3DefaultEncryptionKMS @ ImageThumbnails/AccessLogs',
      'NIST.800.53.R4-LambdaInsideVPC @ ImageThumbnails/Thumbnailer/Function',
      ...replication('NIST.800.53.R4'),
      'NIST.800.53.R5-LambdaInsideVPC @ ImageThumbnails/Thumbnailer/Function',
      ...replication('NIST.800.53.R5'),
      'NIST.800.53.R5-S3DefaultEncryptionKMS @ ImageThumbnails/AccessLogs',
      'PCI.DSS.321-LambdaInsideVPC @ ImageThumbnails/Thumbnailer/Function',
      ...replication('PCI.DSS.321'),
      'PCI.DSS.321-S3DefaultEncryptionKMS @ ImageThumbnails/AccessLogs',
      'Serverless-SQSRedrivePolicy @ ImageThumbnails/Thumbnailer/DeadLetterQueue', // the library
      `Serverless-SQSRedrivePolicy @ ${eventsDlq}`, // the library
      'cdk-validator-cfnguard::lambda_inside_vpc_check @ ImageThumbnails/Thumbnailer/Function', // the library
      'cdk-validator-cfnguard::s3_bucket_default_encryption_kms_check @ ImageThumbnails/AccessLogs',
      'cdk-validator-cfnguard::s3_bucket_logging_enabled_check @ ImageThumbnails/AccessLogs',
      'cdk-validator-cfnguard::sqs_dlq_check @ ImageThumbnails/Thumbnailer/DeadLetterQueue', // the library
      `cdk-validator-cfnguard::sqs_dlq_check @ ${eventsDlq}`, // the library
    ] });
  });
});
