/**
 * Lambda's documented limits, each once, with the page it comes from.
 *
 * Rules read their numbers from here; RULES.md cites the same pages.
 */

/** Lambda quotas page. */
export const QUOTAS_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html';
/** CloudFormation AWS::Lambda::Function reference. */
export const CFN_FUNCTION_DOC = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html';

/** Function memory, MB: 128 to 10,240 in 1-MB steps ([Q]). */
export const MEMORY_MIN_MB = 128;
export const MEMORY_MAX_MB = 10_240;
/** With Lambda Managed Instances (CapacityProviderConfig) memory goes to 32,768 MB ([Q]). */
export const MEMORY_MAX_MANAGED_INSTANCES_MB = 32_768;

/** Default account concurrency quota per Region ([Q]). */
export const DEFAULT_ACCOUNT_CONCURRENCY = 1_000;
/** Lambda keeps at least 100 concurrency unreserved ([RC] configuration-concurrency.html). */
export const MIN_UNRESERVED_CONCURRENCY = 100;
/** The largest memory a standard account may configure. */
export const DEFAULT_ACCOUNT_MAX_MEMORY_MB = MEMORY_MAX_MB;

// ---- Function: sizing, timeout, environment, code, layers, runtime, SnapStart, concurrency, logging, VPC (section 1-2 of lambda-limits.md)

/** Lambda runtimes page: identifiers and deprecation dates ([RT]). */
export const RUNTIMES_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html';
/** Environment variables guide: reserved keys ([ENVRES]). */
export const ENV_VARS_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html';
/** Environment API reference: key pattern ([ENVAPI]). */
export const ENV_API_DOC = 'https://docs.aws.amazon.com/lambda/latest/api/API_Environment.html';
/** Layers guide. */
export const LAYERS_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/adding-layers.html';
/** Reserved concurrency guide ([RC]). */
export const RESERVED_CONCURRENCY_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html';
/** Dead-letter queues and async retention ([DEST]). */
export const DEAD_LETTER_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html';
/** EFS for Lambda. */
export const EFS_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html';
/** Lambda in a VPC. */
export const VPC_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html';
/** Logging configuration (log format and levels). */
export const LOGGING_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html';
/** Tagging Lambda functions. */
export const TAGS_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-tags.html';
/** Execution role. */
export const EXECUTION_ROLE_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html';

/** Timeout, seconds: 1 to 900 ([SCH-Fn] min 1; [Q] "900 seconds (15 minutes)"). */
export const TIMEOUT_MIN_SECONDS = 1;
export const TIMEOUT_MAX_SECONDS = 900;
/** With Lambda Managed Instances (CapacityProviderConfig) the timeout goes to 5,400 s ([Q]). */
export const TIMEOUT_MAX_MANAGED_INSTANCES_SECONDS = 5_400;
/** EphemeralStorage.Size, MB: 512 to 10,240 ([SCH-Fn]; [Q]). */
export const EPHEMERAL_STORAGE_MIN_MB = 512;
export const EPHEMERAL_STORAGE_MAX_MB = 10_240;
/** Environment variables: 4 KB in aggregate, measured here as the serialized JSON map in UTF-8 ([Q]). */
export const ENVIRONMENT_MAX_BYTES = 4_096;
/** Environment variable keys: letter first, then letters, digits and underscores, 2 characters at least ([ENVAPI]). */
export const ENVIRONMENT_KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]+$/;
/** Keys the Lambda runtime sets and refuses in configuration ([ENVRES]; the same 18 keys as aws-cdk-lib and the validator). */
export const RESERVED_ENVIRONMENT_KEYS = [
  '_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV', 'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR',
];
/** FunctionName: 1 to 64 letters, digits, hyphens and underscores ([SCH-Fn]). */
export const FUNCTION_NAME_MAX = 64;
/** Function Description: at most 256 characters ([SCH-Fn]). */
export const FUNCTION_DESCRIPTION_MAX = 256;
/** Handler: at most 128 characters, no whitespace ([SCH-Fn]). */
export const HANDLER_MAX = 128;
/** Layers per function ([Q] "five layers"; [SCH-Fn] maxItems 5). */
export const LAYERS_MAX = 5;
/** Architectures: exactly one of these ([SCH-Fn]). */
export const ARCHITECTURES = ['x86_64', 'arm64'];
/** Days ahead of a runtime's deprecation date that LambdaLimits starts warning. */
export const RUNTIME_DEPRECATION_NOTICE_DAYS = 90;
/** VpcConfig: at most 16 subnets and 5 security groups ([SCH-Fn]). */
export const VPC_SUBNETS_MAX = 16;
export const VPC_SECURITY_GROUPS_MAX = 5;
/** FileSystemConfigs: at most one ([SCH-Fn]). */
export const FILE_SYSTEM_CONFIGS_MAX = 1;
/** LocalMountPath: /mnt/<name>, at most 160 characters ([SCH-Fn]). */
export const MOUNT_PATH_PATTERN = /^\/mnt\/[a-zA-Z0-9-_.]+$/;
export const MOUNT_PATH_MAX = 160;
/** FileSystemConfig Arn: an EFS access point ARN of at most 200 characters ([SCH-Fn]). */
export const EFS_ACCESS_POINT_ARN_PATTERN = /^arn:aws[a-zA-Z-]*:elasticfilesystem:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\d{1}:\d{12}:access-point\/fsap-[a-f0-9]{17}$/;
export const EFS_ACCESS_POINT_ARN_MAX = 200;
/** LoggingConfig.LogGroup: 1 to 512 characters of [.-_/#A-Za-z0-9] ([SCH-Fn]). */
export const LOG_GROUP_NAME_PATTERN = /^[.\-_/#A-Za-z0-9]+$/;
export const LOG_GROUP_NAME_MAX = 512;
/** User tags per function (AWS tagging restrictions). */
export const TAGS_MAX = 50;
/** Tag key 1 to 128 characters, value 0 to 256 ([SCH-Fn] Tag). */
export const TAG_KEY_MAX = 128;
export const TAG_VALUE_MAX = 256;
/** ImageConfig: Command and EntryPoint at most 1,500 items, WorkingDirectory at most 1,000 characters ([SCH-Fn]). */
export const IMAGE_CONFIG_ITEMS_MAX = 1_500;
export const IMAGE_WORKING_DIRECTORY_MAX = 1_000;
/** DurableConfig: ExecutionTimeout 1 to 31,622,400 s, RetentionPeriodInDays 1 to 90 ([SCH-Fn]). */
export const DURABLE_EXECUTION_TIMEOUT_MAX_SECONDS = 31_622_400;
export const DURABLE_RETENTION_MAX_DAYS = 90;
/** Lambda Managed Instances: PerExecutionEnvironmentMaxConcurrency 1 to 1,600; ExecutionEnvironmentMemoryGiBPerVCpu 2 to 8. */
export const MANAGED_INSTANCES_MAX_CONCURRENCY_MAX = 1_600;
export const MANAGED_INSTANCES_MEMORY_PER_VCPU_MIN = 2;
export const MANAGED_INSTANCES_MEMORY_PER_VCPU_MAX = 8;
/** FunctionScalingConfig Min/MaxExecutionEnvironments: 0 to 15,000 (API_FunctionScalingConfig). */
export const EXECUTION_ENVIRONMENTS_MAX = 15_000;
/** Regions without SnapStart ([SNAP], region codes mapped by the research, UNVERIFIED). */
export const SNAPSTART_UNAVAILABLE_REGIONS = ['ap-southeast-6', 'ap-east-2'];

// ---- Versions, aliases, provisioned concurrency, async invoke config, destinations, URLs, permissions, layers (sections 3 and 5)

const CFN_LAMBDA_DOC = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda';
/** CloudFormation AWS::Lambda::Version reference ([SCH-Ver]). */
export const CFN_VERSION_DOC = `${CFN_LAMBDA_DOC}-version.html`;
/** CloudFormation AWS::Lambda::Alias reference ([SCH-Alias]). */
export const CFN_ALIAS_DOC = `${CFN_LAMBDA_DOC}-alias.html`;
/** Weighted alias routing ([ALIAS]). */
export const ALIAS_ROUTING_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html';
/** AliasRoutingConfiguration API reference ([ALIAS]). */
export const ALIAS_ROUTING_API_DOC = 'https://docs.aws.amazon.com/lambda/latest/api/API_AliasRoutingConfiguration.html';
/** Provisioned concurrency guide ([PC]). */
export const PROVISIONED_CONCURRENCY_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html';
/** PutProvisionedConcurrencyConfig API reference ([PC]). */
export const PROVISIONED_CONCURRENCY_API_DOC = 'https://docs.aws.amazon.com/lambda/latest/api/API_PutProvisionedConcurrencyConfig.html';
/** SnapStart limitations ([SNAP]). */
export const SNAPSTART_LIMITATIONS_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html';
/** CloudFormation AWS::Lambda::EventInvokeConfig reference ([SCH-EIC]). */
export const CFN_EVENT_INVOKE_CONFIG_DOC = `${CFN_LAMBDA_DOC}-eventinvokeconfig.html`;
/** Async invocation destinations ([DEST]). */
export const DESTINATIONS_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html';
/** CloudFormation AWS::Lambda::Url reference ([SCH-Url]). */
export const CFN_URL_DOC = `${CFN_LAMBDA_DOC}-url.html`;
/** Function URL access control ([URLAUTH]). */
export const URL_AUTH_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html';
/** CloudFormation AWS::Lambda::Permission reference ([SCH-Perm]). */
export const CFN_PERMISSION_DOC = `${CFN_LAMBDA_DOC}-permission.html`;
/** Resource-based policies for Lambda (principals, SourceArn/SourceAccount). */
export const RESOURCE_POLICY_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html';
/** CloudFormation AWS::Lambda::LayerVersion reference ([SCH-Layer]). */
export const CFN_LAYER_DOC = `${CFN_LAMBDA_DOC}-layerversion.html`;
/** CloudFormation AWS::Lambda::LayerVersionPermission reference. */
export const CFN_LAYER_PERMISSION_DOC = `${CFN_LAMBDA_DOC}-layerversionpermission.html`;

/** Version and Alias Description: at most 256 characters ([SCH-Ver], [SCH-Alias]). */
export const VERSION_DESCRIPTION_MAX = 256;
/** A function name or ARN in FunctionName: 1 to 140 characters ([SCH-Ver]). */
export const FUNCTION_REFERENCE_MAX = 140;
/** Alias Name: 1 to 128 characters ([SCH-Alias]). */
export const ALIAS_NAME_MAX = 128;
/** An alias points to at most two versions: its FunctionVersion and one additional version ([ALIAS]). */
export const ALIAS_MAX_ADDITIONAL_VERSIONS = 1;
/** FunctionWeight: 0.0 to 1.0 (API_AliasRoutingConfiguration). */
export const ALIAS_WEIGHT_MIN = 0;
export const ALIAS_WEIGHT_MAX = 1;
/** ProvisionedConcurrentExecutions: at least 1 (API_PutProvisionedConcurrencyConfig). */
export const PROVISIONED_CONCURRENCY_MIN = 1;
/** EventInvokeConfig MaximumRetryAttempts: 0 to 2 ([SCH-EIC]). */
export const EVENT_RETRY_ATTEMPTS_MIN = 0;
export const EVENT_RETRY_ATTEMPTS_MAX = 2;
/** EventInvokeConfig MaximumEventAgeInSeconds: 60 to 21,600 ([SCH-EIC]). */
export const EVENT_AGE_MIN_SECONDS = 60;
export const EVENT_AGE_MAX_SECONDS = 21_600;
/** EventInvokeConfig qualifier: $LATEST, a version number or an alias name of at most 128 characters ([SCH-EIC]). */
export const EVENT_INVOKE_QUALIFIER_MAX = 128;
/** Destination ARN: at most 350 characters ([SCH-EIC]). */
export const DESTINATION_ARN_MAX = 350;
/** Url Cors.MaxAge: 0 to 86,400 seconds ([SCH-Url]). */
export const URL_CORS_MAX_AGE_MAX_SECONDS = 86_400;
/** Url Cors.AllowMethods: 1 to 6 items ([SCH-Url]). */
export const URL_CORS_METHODS_MAX = 6;
/** Url Cors.AllowOrigins: 1 to 100 items of 1 to 253 characters ([SCH-Url]). */
export const URL_CORS_ORIGINS_MAX = 100;
export const URL_CORS_ORIGIN_LENGTH_MAX = 253;
/** Url Cors.AllowHeaders / ExposeHeaders: 1 to 100 items of 1 to 1,024 characters ([SCH-Url]). */
export const URL_CORS_HEADERS_MAX = 100;
export const URL_CORS_HEADER_LENGTH_MAX = 1_024;
/** Function resource-based policy: 20 KB ([Q]; "The final policy size (20749) is bigger than the limit (20480)"). */
export const RESOURCE_POLICY_MAX_BYTES = 20_480;
/** Warn when a resource-based policy estimate passes this share of the limit. */
export const RESOURCE_POLICY_WARN_RATIO = 0.8;
/** Permission SourceArn: 12 to 1,024 characters ([SCH-Perm]). */
export const PERMISSION_SOURCE_ARN_MIN = 12;
export const PERMISSION_SOURCE_ARN_MAX = 1_024;
/** Permission EventSourceToken: 1 to 256 characters ([SCH-Perm]). */
export const PERMISSION_EVENT_SOURCE_TOKEN_MAX = 256;
/** LayerVersion LayerName: 1 to 140 characters ([SCH-Layer]). */
export const LAYER_NAME_MAX = 140;
/** LayerVersion Description: at most 256 characters ([SCH-Layer]). */
export const LAYER_DESCRIPTION_MAX = 256;
/** LayerVersion LicenseInfo: at most 512 characters ([SCH-Layer]). */
export const LAYER_LICENSE_MAX = 512;
/** LayerVersion CompatibleRuntimes: at most 15 items ([SCH-Layer]). */
export const LAYER_COMPATIBLE_RUNTIMES_MAX = 15;
/** LayerVersion CompatibleArchitectures: at most 2 items ([SCH-Layer]). */
export const LAYER_COMPATIBLE_ARCHITECTURES_MAX = 2;

// ---- Event source mappings, CodeDeploy, Lambda@Edge, CloudFormation and IAM (sections 4 and 6)

/** CreateEventSourceMapping API reference ([ESMAPI]). */
export const ESM_API_DOC = 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html';
/** CloudFormation AWS::Lambda::EventSourceMapping reference ([SCH-ESM]). */
export const CFN_ESM_DOC = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html';
/** CloudFormation EventSourceMapping OnFailure reference (destination types per source). */
export const CFN_ESM_ON_FAILURE_DOC = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-onfailure.html';
/** SQS event source parameters ([SQSP]). */
export const SQS_PARAMETERS_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html';
/** SQS event source scaling (maximum concurrency). */
export const SQS_SCALING_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html';
/** SQS event source setup: queue visibility timeout at least six times the function timeout. */
export const SQS_CONFIGURE_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html';
/** Event filtering ([FILT]). */
export const FILTERING_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html';
/** Lambda@Edge function restrictions ([EDGE]). */
export const EDGE_RESTRICTIONS_DOC = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html';
/** Lambda@Edge quotas ([EDGEQ]). */
export const EDGE_QUOTAS_DOC = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge';
/** CodeDeploy quotas ([CDQ]). */
export const CODEDEPLOY_QUOTAS_DOC = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/limits.html';
/** CloudFormation AWS::CodeDeploy::DeploymentConfig reference ([SCH-DC]). */
export const CFN_DEPLOYMENT_CONFIG_DOC = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codedeploy-deploymentconfig.html';
/** CloudFormation AWS::CodeDeploy::DeploymentGroup reference. */
export const CFN_DEPLOYMENT_GROUP_DOC = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codedeploy-deploymentgroup.html';
/** CloudFormation quotas ([CFNQ]). */
export const CFN_QUOTAS_DOC = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html';
/** IAM quotas ([IAMQ]). */
export const IAM_QUOTAS_DOC = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html';

/** BatchSize: 1 to 10,000 for every source ([ESMAPI] "Minimum value of 1. Maximum value of 10000"). */
export const ESM_BATCH_SIZE_MIN = 1;
export const ESM_BATCH_SIZE_MAX = 10_000;
/** SQS FIFO BatchSize: at most 10 ([SQSP] "For FIFO queues, the maximum is 10."). */
export const SQS_FIFO_BATCH_SIZE_MAX = 10;
/** SQS standard BatchSize above 10 needs MaximumBatchingWindowInSeconds >= 1 ([ESMAPI]). */
export const SQS_BATCH_SIZE_WITHOUT_WINDOW_MAX = 10;
/** MaximumBatchingWindowInSeconds: 0 to 300 seconds ([ESMAPI]). */
export const ESM_BATCHING_WINDOW_MAX_SECONDS = 300;
/** ScalingConfig.MaximumConcurrency: 2 to 1,000 ([SQSP], [SCH-ESM]). */
export const SQS_MAX_CONCURRENCY_MIN = 2;
export const SQS_MAX_CONCURRENCY_MAX = 1_000;
/** ParallelizationFactor: 1 to 10 ([ESMAPI]). */
export const ESM_PARALLELIZATION_MIN = 1;
export const ESM_PARALLELIZATION_MAX = 10;
/** MaximumRetryAttempts: -1 (infinite) to 10,000 ([ESMAPI]). */
export const ESM_RETRY_ATTEMPTS_MIN = -1;
export const ESM_RETRY_ATTEMPTS_MAX = 10_000;
/** MaximumRecordAgeInSeconds: -1 (infinite) or 60 to 604,800 ([ESMAPI]; the 60-second minimum from the Lambda guide and aws-cdk-lib). */
export const ESM_RECORD_AGE_INFINITE = -1;
export const ESM_RECORD_AGE_MIN_SECONDS = 60;
export const ESM_RECORD_AGE_MAX_SECONDS = 604_800;
/** TumblingWindowInSeconds: 0 to 900 ([ESMAPI]). */
export const ESM_TUMBLING_WINDOW_MAX_SECONDS = 900;
/** FilterCriteria.Filters: 5 by default, up to 10 with a quota increase ([FILT]). */
export const ESM_FILTERS_DEFAULT_MAX = 5;
export const ESM_FILTERS_QUOTA_MAX = 10;
/** Filter Pattern: at most 4,096 characters (CloudFormation Filter reference). */
export const ESM_FILTER_PATTERN_MAX = 4_096;
/** SourceAccessConfigurations: at most 22 items ([ESMAPI]). */
export const ESM_SOURCE_ACCESS_CONFIGURATIONS_MAX = 22;
/** Kafka Topics: exactly 1 topic of 1 to 249 characters ([ESMAPI]). */
export const KAFKA_TOPICS_COUNT = 1;
export const KAFKA_TOPIC_NAME_MAX = 249;
/** Kafka ConsumerGroupId: 1 to 200 characters ([SCH-ESM]). */
export const KAFKA_CONSUMER_GROUP_MAX = 200;
/** KafkaBootstrapServers: 1 to 10 servers ([SCH-ESM]). */
export const KAFKA_BOOTSTRAP_SERVERS_MAX = 10;
/** ProvisionedPollerConfig: MinimumPollers 1 to 200, MaximumPollers 1 to 2,000 ([SCH-ESM]); SQS 2 to 200 / 2 to 2,000 ([SQSP]). */
export const ESM_MIN_POLLERS_MAX = 200;
export const ESM_MAX_POLLERS_MAX = 2_000;
export const ESM_POLLERS_MIN = 1;
export const SQS_POLLERS_MIN = 2;
/** An SQS queue's default VisibilityTimeout, and a function's default Timeout, in seconds. */
export const SQS_DEFAULT_VISIBILITY_TIMEOUT_SECONDS = 30;
export const FUNCTION_DEFAULT_TIMEOUT_SECONDS = 3;
/** AWS recommends a visibility timeout of at least 6 x the function timeout (+ the batching window) ([SQS_CONFIGURE_DOC]). */
export const SQS_VISIBILITY_TIMEOUT_FACTOR = 6;

/** Canary/linear percentages: whole numbers 1 to 99 (aws-cdk-lib CustomLambdaDeploymentConfig; service range UNVERIFIED). */
export const CODEDEPLOY_PERCENTAGE_MIN = 1;
export const CODEDEPLOY_PERCENTAGE_MAX = 99;
/** At most 48 hours between the first and last traffic shift of a Lambda deployment ([CDQ]). */
export const CODEDEPLOY_MAX_SHIFT_MINUTES = 2_880;
/** CloudWatch alarms per deployment group: at most 10 ([CDQ]). */
export const CODEDEPLOY_ALARMS_MAX = 10;
/** Application, deployment group and deployment config names: at most 100 characters ([CDQ]). */
export const CODEDEPLOY_NAME_MAX = 100;
/** Custom deployment configs per account and Region: 50, not adjustable ([CDQ]). */
export const CODEDEPLOY_CUSTOM_CONFIGS_MAX = 50;

/** Lambda@Edge Timeout: viewer events 5 s, origin events 30 s ([EDGEQ]). */
export const EDGE_VIEWER_TIMEOUT_SECONDS = 5;
export const EDGE_ORIGIN_TIMEOUT_SECONDS = 30;
/** Lambda@Edge MemorySize for viewer events: 128 MB ([EDGEQ]). */
export const EDGE_VIEWER_MEMORY_MB = 128;
/** Lambda@Edge EphemeralStorage: at most 512 MB ([EDGE]). */
export const EDGE_EPHEMERAL_STORAGE_MAX_MB = 512;
/** Lambda@Edge functions live in US East (N. Virginia) ([EDGE]). */
export const EDGE_REGION = 'us-east-1';
/** Lambda@Edge triggers per distribution: 100; distributions with triggers per account: 25 (adjustable) ([EDGEQ]). */
export const EDGE_TRIGGERS_PER_DISTRIBUTION_MAX = 100;
export const EDGE_DISTRIBUTIONS_WITH_TRIGGERS_MAX = 25;

/** Template body in S3: 1 MB, counted as aws-cdk-lib counts it (1,000,000 characters, core stack.js) ([CFNQ]). */
export const TEMPLATE_MAX_BYTES = 1_000_000;
/** Resources per stack: 500 ([CFNQ]). */
export const STACK_RESOURCES_MAX = 500;

/** IAM policy sizes, whitespace not counted ([IAMQ]): managed policy 6,144, a role's inline policies together 10,240, trust policy 2,048 (UNVERIFIED). */
export const IAM_MANAGED_POLICY_MAX_CHARS = 6_144;
export const IAM_ROLE_INLINE_POLICIES_MAX_CHARS = 10_240;
export const IAM_TRUST_POLICY_MAX_CHARS = 2_048;
/** Managed policies attached to a role: 10 by default, up to 20 with a quota increase (knowledge-center iam-increase-policy-size). */
export const IAM_MANAGED_POLICIES_PER_ROLE_DEFAULT = 10;
export const IAM_MANAGED_POLICIES_PER_ROLE_MAX = 20;
/** RoleName: 1 to 64 characters ([SCH IAM Role]). */
export const IAM_ROLE_NAME_MAX = 64;
