import { functionMemorySize } from './function-memory-size';
import { functionTimeout } from './function-timeout';
import { functionEphemeralStorage } from './function-ephemeral-storage';
import { functionEnvironmentSize } from './function-environment-size';
import { functionEnvironmentKey } from './function-environment-key';
import { functionEnvironmentReserved } from './function-environment-reserved';
import { functionName } from './function-name';
import { functionDescription } from './function-description';
import { functionHandler } from './function-handler';
import { functionCodeSource } from './function-code-source';
import { functionImagePackageType } from './function-image-package-type';
import { functionImageExclusions } from './function-image-exclusions';
import { functionZipHandlerRuntime } from './function-zip-handler-runtime';
import { functionInlineCodeRuntime } from './function-inline-code-runtime';
import { functionInlineCodeEmpty } from './function-inline-code-empty';
import { functionImageConfig } from './function-image-config';
import { functionLayerCount } from './function-layer-count';
import { functionLayerUnique } from './function-layer-unique';
import { functionLayerArn } from './function-layer-arn';
import { functionLayerOneVersion } from './function-layer-one-version';
import { functionLayerRegion } from './function-layer-region';
import { functionLayerCompatibility } from './function-layer-compatibility';
import { functionArchitectures } from './function-architectures';
import { functionArchitectureRuntime } from './function-architecture-runtime';
import { runtimeKnown } from './runtime-known';
import { runtimeContainerOnly } from './runtime-container-only';
import { runtimeUpdateBlocked } from './runtime-update-blocked';
import { runtimeCreateBlocked } from './runtime-create-blocked';
import { runtimeDeprecated } from './runtime-deprecated';
import { runtimeDeprecationSoon } from './runtime-deprecation-soon';
import { runtimeManagement } from './runtime-management';
import { snapStartRuntime } from './snapstart-runtime';
import { snapStartContainerImage } from './snapstart-container-image';
import { snapStartEfs } from './snapstart-efs';
import { snapStartEphemeralStorage } from './snapstart-ephemeral-storage';
import { snapStartPublishedVersion } from './snapstart-published-version';
import { snapStartRegion } from './snapstart-region';
import { snapStartTenantIsolation } from './snapstart-tenant-isolation';
import { concurrencyReservedMin } from './concurrency-reserved-min';
import { concurrencyReservedZero } from './concurrency-reserved-zero';
import { concurrencyAccountLimit } from './concurrency-account-limit';
import { functionTracingMode } from './function-tracing-mode';
import { functionKmsKeyArn } from './function-kms-key-arn';
import { functionDeadLetterTarget } from './function-dead-letter-target';
import { functionEfsVpc } from './function-efs-vpc';
import { functionEfsConfig } from './function-efs-config';
import { functionEfsMountTargetDependency, functionEfsMountTargetZones } from './function-efs-mount-targets';
import { functionLogLevelFormat, functionLoggingConfig } from './function-logging';
import { functionRecursiveLoop } from './function-recursive-loop';
import { functionTagCount, functionTagFormat } from './function-tags';
import { functionVpcConfig } from './function-vpc-config';
import { functionVpcIpv6 } from './function-vpc-ipv6';
import { functionVpcRole } from './function-vpc-role';
import { functionVpcPublicSubnet } from './function-vpc-public-subnet';
import { functionRoleArn, functionRoleTrust } from './function-role';
import { functionCodeSigning } from './function-code-signing';
import { functionDurableConfig } from './function-durable-config';
import { functionManagedInstances } from './function-managed-instances';
import { versionDescription } from './version-description';
import { versionFunctionName } from './version-function-name';
import { versionNeedsChange } from './version-needs-change';
import { aliasName } from './alias-name';
import { aliasDescription } from './alias-description';
import { aliasFunctionVersion } from './alias-function-version';
import { aliasRoutingMaxOne } from './alias-routing-max-one';
import { aliasRoutingWeight } from './alias-routing-weight';
import { aliasRoutingPublished } from './alias-routing-published';
import { aliasRoutingSameFunction } from './alias-routing-same-function';
import { aliasRoutingSameRoleDlq } from './alias-routing-same-role-dlq';
import { aliasRoutingDistinct } from './alias-routing-distinct';
import { provisionedConcurrencyMin } from './provisioned-concurrency-min';
import { provisionedConcurrencyNotLatest } from './provisioned-concurrency-not-latest';
import { provisionedConcurrencyOnePerVersion } from './provisioned-concurrency-one-per-version';
import { provisionedConcurrencyRouting } from './provisioned-concurrency-routing';
import { provisionedConcurrencyReserved } from './provisioned-concurrency-reserved';
import { provisionedConcurrencyTenancy } from './provisioned-concurrency-tenancy';
import { snapStartNoProvisionedConcurrency } from './provisioned-concurrency-snapstart';
import { eventInvokeConfigRetries } from './event-invoke-config-retries';
import { eventInvokeConfigMaxAge } from './event-invoke-config-max-age';
import { eventInvokeConfigQualifier } from './event-invoke-config-qualifier';
import { eventInvokeConfigOnePerQualifier } from './event-invoke-config-one-per-qualifier';
import { destinationArn } from './destination-arn';
import { destinationType } from './destination-type';
import { destinationNoFifo } from './destination-no-fifo';
import { destinationSelf } from './destination-self';
import { urlAuthType } from './url-auth-type';
import { urlQualifier } from './url-qualifier';
import { urlOnePerQualifier } from './url-one-per-qualifier';
import { urlCorsMaxAge } from './url-cors-max-age';
import { urlCorsMethods } from './url-cors-methods';
import { urlCorsOrigins } from './url-cors-origins';
import { urlCorsHeaders } from './url-cors-headers';
import { urlInvokeMode } from './url-invoke-mode';
import { urlPublicPermissions } from './url-public-permissions';
import { urlDualPermission } from './url-dual-permission';
import { urlCorsCredentials } from './url-cors-credentials';
import { urlTenancy } from './url-tenancy';
import { permissionPolicySize } from './permission-policy-size';
import { permissionAction } from './permission-action';
import { permissionPrincipal } from './permission-principal';
import { permissionOrgId } from './permission-org-id';
import { permissionSourceAccount } from './permission-source-account';
import { permissionSourceArn } from './permission-source-arn';
import { permissionEventSourceToken } from './permission-event-source-token';
import { permissionUrlAuthType } from './permission-url-auth-type';
import { permissionSourceCondition } from './permission-source-condition';
import { permissionPrincipalSource } from './permission-principal-source';
import { layerName } from './layer-name';
import { layerDescription } from './layer-description';
import { layerLicense } from './layer-license';
import { layerCompatibleRuntimes } from './layer-compatible-runtimes';
import { layerCompatibleArchitectures } from './layer-compatible-architectures';
import { layerContent } from './layer-content';
import { layerPermission } from './layer-permission';
import { permissionQualifiedInvoke } from './permission-qualified-invoke';
import { versionSchema } from './version-schema';
import { aliasSchema } from './alias-schema';
import { eventInvokeConfigSchema } from './event-invoke-config-schema';
import { urlSchema } from './url-schema';
import { permissionSchema } from './permission-schema';
import { layerSchema } from './layer-schema';
import { layerCompatibleRuntimeKnown } from './layer-compatible-runtime-known';
import { urlIdentityDualGrant } from './url-identity-dual-grant';
import { eventSourceMappingBatchSize } from './event-source-mapping-batch-size';
import { sqsBatchSizeNeedsWindow } from './sqs-batch-size-needs-window';
import { eventSourceMappingBatchingWindow } from './event-source-mapping-batching-window';
import { sqsFifoBatchingWindow } from './sqs-fifo-batching-window';
import { sqsMaximumConcurrency } from './sqs-maximum-concurrency';
import { sqsMaximumConcurrencyReserved } from './sqs-maximum-concurrency-reserved';
import { sqsProvisionedPollersConcurrency } from './sqs-provisioned-pollers-concurrency';
import { sqsVisibilityTimeout } from './sqs-visibility-timeout';
import { sqsDuplicateMapping } from './sqs-duplicate-mapping';
import { eventSourceMappingScalingConfig } from './event-source-mapping-scaling-config';
import { eventSourceMappingStreamParameters } from './event-source-mapping-stream-parameters';
import { eventSourceMappingStartingPosition } from './event-source-mapping-starting-position';
import { eventSourceMappingAtTimestamp } from './event-source-mapping-at-timestamp';
import { kinesisParallelizationFactor } from './kinesis-parallelization-factor';
import { kinesisMaximumRetryAttempts } from './kinesis-maximum-retry-attempts';
import { kinesisMaximumRecordAge } from './kinesis-maximum-record-age';
import { kinesisTumblingWindow } from './kinesis-tumbling-window';
import { eventSourceMappingOnFailureSources } from './event-source-mapping-on-failure-sources';
import { eventSourceMappingOnFailureDestination } from './event-source-mapping-on-failure-destination';
import { eventSourceMappingFilterCount } from './event-source-mapping-filter-count';
import { eventSourceMappingFilterPattern } from './event-source-mapping-filter-pattern';
import { eventSourceMappingFilterDocumentDb } from './event-source-mapping-filter-docdb';
import { eventSourceMappingFilterEncryption } from './event-source-mapping-filter-encryption';
import { eventSourceMappingResponseTypes } from './event-source-mapping-response-types';
import { eventSourceMappingMetricsConfig } from './event-source-mapping-metrics-config';
import { eventSourceMappingProvisionedPollers } from './event-source-mapping-provisioned-pollers';
import { eventSourceMappingKafkaTopics } from './event-source-mapping-kafka-topics';
import { eventSourceMappingKafkaConsumerGroup } from './event-source-mapping-kafka-consumer-group';
import { eventSourceMappingOneSource } from './event-source-mapping-one-source';
import { eventSourceMappingSourceAccess } from './event-source-mapping-source-access';
import { eventSourceMappingMqQueues } from './event-source-mapping-mq-queues';
import { edgeTimeout } from './edge-timeout';
import { edgeMemorySize } from './edge-memory-size';
import { edgeArchitecture } from './edge-architecture';
import { edgeRuntime } from './edge-runtime';
import { edgeNoLayers } from './edge-no-layers';
import { edgeNoEnvironment } from './edge-no-environment';
import { edgeNoVpc } from './edge-no-vpc';
import { edgeNoDeadLetterQueue } from './edge-no-dead-letter-queue';
import { edgeEphemeralStorage } from './edge-ephemeral-storage';
import { edgeRuntimeManagement } from './edge-runtime-management';
import { edgeRegion } from './edge-region';
import { edgeNumberedVersion } from './edge-numbered-version';
import { edgeIncludeBody } from './edge-include-body';
import { edgeNoProvisionedConcurrency } from './edge-no-provisioned-concurrency';
import { edgeRoleTrust } from './edge-role-trust';
import { sqsSourceDeadLetterQueue } from './sqs-source-dead-letter-queue';
import { codeDeployTrafficPercentage } from './codedeploy-traffic-percentage';
import { codeDeployTrafficInterval } from './codedeploy-traffic-interval';
import { codeDeployTrafficRoutingType } from './codedeploy-traffic-routing-type';
import { codeDeployMinimumHealthyHosts } from './codedeploy-minimum-healthy-hosts';
import { codeDeployAlarmCount } from './codedeploy-alarm-count';
import { codeDeployAutoRollback } from './codedeploy-auto-rollback';
import { codeDeployName } from './codedeploy-name';
import { templateSize } from './template-size';
import { iamManagedPolicySize } from './iam-managed-policy-size';
import { iamRoleInlinePolicySize } from './iam-role-inline-policy-size';
import { iamTrustPolicySize } from './iam-trust-policy-size';
import { iamManagedPoliciesPerRole } from './iam-managed-policies-per-role';
import { eventSourceMappingSourceArn } from './event-source-mapping-source-arn';
import { eventSourceMappingNoOnSuccess } from './event-source-mapping-no-on-success';
import { codeDeployCustomConfigQuota } from './codedeploy-custom-config-quota';
import { edgeTriggerQuotas } from './edge-trigger-quotas';
import { iamRoleName } from './iam-role-name';
import { dynamoDbStreamEnabled } from './dynamodb-stream-enabled';
import { eventSourceMappingPollPermissions } from './event-source-mapping-poll-permissions';
import { Rule } from '../rule';
import { functionSchema } from './function-schema';
import { functionCodeBucket } from './function-code-bucket';
import { eventSourceMappingFormat } from './event-source-mapping-format';
import { eventSourceMappingSchema } from './event-source-mapping-schema';

/**
 * Every rule LambdaLimits runs, in the order RULES.md lists them.
 * Each rule lives in its own file; add new ones to its family's list below.
 */

// Function: sizing, timeout, environment, code, layers, runtime, SnapStart, concurrency, logging, VPC
const FUNCTION_RULES: Rule[] = [
  functionSchema,
  functionCodeBucket,
  functionMemorySize,
  functionTimeout,
  functionEphemeralStorage,
  functionEnvironmentSize,
  functionEnvironmentKey,
  functionEnvironmentReserved,
  functionName,
  functionDescription,
  functionHandler,
  functionCodeSource,
  functionImagePackageType,
  functionImageExclusions,
  functionZipHandlerRuntime,
  functionInlineCodeRuntime,
  functionInlineCodeEmpty,
  functionImageConfig,
  functionLayerCount,
  functionLayerUnique,
  functionLayerArn,
  functionLayerOneVersion,
  functionLayerRegion,
  functionLayerCompatibility,
  functionArchitectures,
  functionArchitectureRuntime,
  runtimeKnown,
  runtimeContainerOnly,
  runtimeUpdateBlocked,
  runtimeCreateBlocked,
  runtimeDeprecated,
  runtimeDeprecationSoon,
  runtimeManagement,
  snapStartRuntime,
  snapStartContainerImage,
  snapStartEfs,
  snapStartEphemeralStorage,
  snapStartPublishedVersion,
  snapStartRegion,
  snapStartTenantIsolation,
  concurrencyReservedMin,
  concurrencyReservedZero,
  concurrencyAccountLimit,
  functionTracingMode,
  functionKmsKeyArn,
  functionDeadLetterTarget,
  functionEfsVpc,
  functionEfsConfig,
  functionEfsMountTargetZones,
  functionEfsMountTargetDependency,
  functionLogLevelFormat,
  functionLoggingConfig,
  functionRecursiveLoop,
  functionTagCount,
  functionTagFormat,
  functionVpcConfig,
  functionVpcIpv6,
  functionVpcRole,
  functionVpcPublicSubnet,
  functionRoleArn,
  functionRoleTrust,
  functionCodeSigning,
  functionDurableConfig,
  functionManagedInstances,
];

// Versions, aliases, provisioned concurrency, async invoke config, destinations, URLs, permissions, layers
const VERSIONING_RULES: Rule[] = [
  versionDescription,
  versionFunctionName,
  versionNeedsChange,
  aliasName,
  aliasDescription,
  aliasFunctionVersion,
  aliasRoutingMaxOne,
  aliasRoutingWeight,
  aliasRoutingPublished,
  aliasRoutingSameFunction,
  aliasRoutingSameRoleDlq,
  aliasRoutingDistinct,
  provisionedConcurrencyMin,
  provisionedConcurrencyNotLatest,
  provisionedConcurrencyOnePerVersion,
  provisionedConcurrencyRouting,
  provisionedConcurrencyReserved,
  provisionedConcurrencyTenancy,
  snapStartNoProvisionedConcurrency,
  eventInvokeConfigRetries,
  eventInvokeConfigMaxAge,
  eventInvokeConfigQualifier,
  eventInvokeConfigOnePerQualifier,
  destinationArn,
  destinationType,
  destinationNoFifo,
  destinationSelf,
  urlAuthType,
  urlQualifier,
  urlOnePerQualifier,
  urlCorsMaxAge,
  urlCorsMethods,
  urlCorsOrigins,
  urlCorsHeaders,
  urlInvokeMode,
  urlPublicPermissions,
  urlDualPermission,
  urlCorsCredentials,
  urlTenancy,
  permissionPolicySize,
  permissionAction,
  permissionPrincipal,
  permissionOrgId,
  permissionSourceAccount,
  permissionSourceArn,
  permissionEventSourceToken,
  permissionUrlAuthType,
  permissionSourceCondition,
  permissionPrincipalSource,
  layerName,
  layerDescription,
  layerLicense,
  layerCompatibleRuntimes,
  layerCompatibleArchitectures,
  layerContent,
  layerPermission,
  permissionQualifiedInvoke,
  versionSchema,
  aliasSchema,
  eventInvokeConfigSchema,
  urlSchema,
  permissionSchema,
  layerSchema,
  layerCompatibleRuntimeKnown,
  urlIdentityDualGrant,
];

// Event source mappings, CodeDeploy, Lambda@Edge, CloudFormation and IAM
const EVENT_SOURCE_RULES: Rule[] = [
  eventSourceMappingSchema,
  eventSourceMappingFormat,
  eventSourceMappingOneSource,
  eventSourceMappingSourceArn,
  eventSourceMappingBatchSize,
  eventSourceMappingBatchingWindow,
  eventSourceMappingStartingPosition,
  eventSourceMappingAtTimestamp,
  eventSourceMappingStreamParameters,
  eventSourceMappingScalingConfig,
  eventSourceMappingOnFailureSources,
  eventSourceMappingOnFailureDestination,
  eventSourceMappingNoOnSuccess,
  eventSourceMappingFilterCount,
  eventSourceMappingFilterPattern,
  eventSourceMappingFilterDocumentDb,
  eventSourceMappingFilterEncryption,
  eventSourceMappingResponseTypes,
  eventSourceMappingMetricsConfig,
  eventSourceMappingProvisionedPollers,
  eventSourceMappingSourceAccess,
  eventSourceMappingKafkaTopics,
  eventSourceMappingKafkaConsumerGroup,
  eventSourceMappingMqQueues,
  sqsBatchSizeNeedsWindow,
  sqsFifoBatchingWindow,
  sqsMaximumConcurrency,
  sqsMaximumConcurrencyReserved,
  sqsProvisionedPollersConcurrency,
  sqsVisibilityTimeout,
  sqsSourceDeadLetterQueue,
  sqsDuplicateMapping,
  kinesisParallelizationFactor,
  kinesisMaximumRetryAttempts,
  kinesisMaximumRecordAge,
  kinesisTumblingWindow,
  dynamoDbStreamEnabled,
  codeDeployTrafficRoutingType,
  codeDeployTrafficPercentage,
  codeDeployTrafficInterval,
  codeDeployMinimumHealthyHosts,
  codeDeployAlarmCount,
  codeDeployAutoRollback,
  codeDeployName,
  codeDeployCustomConfigQuota,
  edgeRegion,
  edgeNumberedVersion,
  edgeIncludeBody,
  edgeTimeout,
  edgeMemorySize,
  edgeArchitecture,
  edgeRuntime,
  edgeNoLayers,
  edgeNoEnvironment,
  edgeNoVpc,
  edgeNoDeadLetterQueue,
  edgeEphemeralStorage,
  edgeRuntimeManagement,
  edgeNoProvisionedConcurrency,
  edgeRoleTrust,
  edgeTriggerQuotas,
  templateSize,
  iamManagedPolicySize,
  iamRoleInlinePolicySize,
  iamTrustPolicySize,
  iamManagedPoliciesPerRole,
  iamRoleName,
  eventSourceMappingPollPermissions,
];

export const RULES: Rule[] = [...FUNCTION_RULES, ...VERSIONING_RULES, ...EVENT_SOURCE_RULES];
