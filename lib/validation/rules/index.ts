import { functionMemorySize } from './function-memory-size';
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
import { Rule } from '../rule';

/**
 * Every rule LambdaLimits runs, in the order RULES.md lists them.
 * Each rule lives in its own file; add new ones to its family's list below.
 */

// Function: sizing, timeout, environment, code, layers, runtime, SnapStart, concurrency, logging, VPC
const FUNCTION_RULES: Rule[] = [
  functionMemorySize,
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
];

// Event source mappings, CodeDeploy, Lambda@Edge, CloudFormation and IAM
const EVENT_SOURCE_RULES: Rule[] = [
];

export const RULES: Rule[] = [...FUNCTION_RULES, ...VERSIONING_RULES, ...EVENT_SOURCE_RULES];
