import { RESOURCE_POLICY_DOC } from '../limits';
import type { LambdaModel, ModelResource } from '../model';
import { Finding, Rule, Severity } from '../rule';
import { arrayValue, objectValue, pathValue, stringValue } from '../values';
import { describeQualifier, FunctionTarget, functionTarget, permissionsWithTargets, principalService, targetKey } from './versioning-lookups';

/** A service that invokes a function through a resource property, with the principal its Permission needs. */
interface Invocation {
  readonly resource: ModelResource;
  readonly property: string;
  readonly value: unknown;
  readonly service: string;
}

/** The invocations of common push sources: SNS subscriptions, EventBridge rule targets, S3 notifications, log subscription filters. */
function invocations(model: LambdaModel): Invocation[] {
  const found: Invocation[] = [];
  for (const resource of model.ofType('AWS::SNS::Subscription')) {
    if (resource.properties.Protocol === 'lambda') found.push({ resource, property: 'Endpoint', value: resource.properties.Endpoint, service: 'sns' });
  }
  for (const resource of model.ofType('AWS::Events::Rule')) {
    (arrayValue(resource.properties.Targets) ?? []).forEach((target, index) =>
      found.push({ resource, property: `Targets.${index}.Arn`, value: objectValue(target)?.Arn, service: 'events' }));
  }
  for (const resource of model.ofType('AWS::S3::Bucket')) {
    (arrayValue(pathValue(resource.properties, 'NotificationConfiguration.LambdaConfigurations')) ?? []).forEach((config, index) =>
      found.push({ resource, property: `NotificationConfiguration.LambdaConfigurations.${index}.Function`, value: objectValue(config)?.Function, service: 's3' }));
  }
  for (const resource of model.ofType('AWS::Logs::SubscriptionFilter')) {
    found.push({ resource, property: 'DestinationArn', value: resource.properties.DestinationArn, service: 'logs' });
  }
  return found;
}

/**
 * A service invoking a version or alias needs a Permission on that version or alias: one on the unqualified function
 * does not cover it, and every invocation fails with AccessDenied (perm-qualified-invoke; aws/aws-cdk#19273).
 * Reported only when the app grants the service on another qualifier of the same function, and no Permission it
 * cannot read might be the right one.
 */
export const permissionQualifiedInvoke: Rule = {
  id: 'LambdaKit.Permission.QualifiedInvoke',
  severity: Severity.WARNING,
  constraint: 'A service that invokes a version or alias (SNS subscription, EventBridge target, S3 notification, log subscription) has a Permission on that version or alias; a Permission on the unqualified function does not cover it.',
  source: RESOURCE_POLICY_DOC,
  resourceTypes: ['AWS::SNS::Subscription', 'AWS::Events::Rule', 'AWS::S3::Bucket', 'AWS::Logs::SubscriptionFilter'],
  check({ model }) {
    const findings: Finding[] = [];
    const permissions = permissionsWithTargets(model);
    for (const invocation of invocations(model)) {
      const target = functionTarget(model, invocation.resource, invocation.value);
      if (!target) continue;
      const forService = permissions.filter(p => {
        const principal = stringValue(p.resource.properties.Principal);
        return principal === undefined || principal === '*' || principalService(principal) === invocation.service;
      });
      if (forService.some(p => !p.target || typeof p.resource.properties.Principal !== 'string')) continue;
      const covers = (p: { target?: FunctionTarget }) => p.target && targetKey(p.target) === targetKey(target);
      const elsewhere = forService.find(p => p.target && p.target.fn.key === target.fn.key && !covers(p));
      if (forService.some(covers) || !elsewhere) continue;
      findings.push({
        resource: invocation.resource,
        property: invocation.property,
        value: invocation.value,
        limit: `covered by a Permission for ${invocation.service} on ${describeQualifier(target.qualifier)} (${elsewhere.resource.path} grants ${describeQualifier(elsewhere.target!.qualifier)} instead)`,
        fix: 'Grant the invoke permission on the same version or alias the service invokes (alias.grantInvoke / alias.addPermission), or point the service at the function the permission is for.',
      });
    }
    return findings;
  },
};
