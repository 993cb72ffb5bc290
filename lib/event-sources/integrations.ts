import { ArnFormat, Names, Stack } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { IConstruct } from 'constructs';
import { HttpApiIntegrationOptions, RestApiIntegrationOptions } from './integration-options';
import { sourceScopedAlias } from './source-scoped-alias';

/**
 * A REST API integration that invokes the live alias, with a permission for that method's execute-api ARN
 * (with `SourceAccount`) only.
 */
export function restApiIntegration(alias: lambda.IFunction, options: RestApiIntegrationOptions = {}): apigateway.LambdaIntegration {
  return new apigateway.LambdaIntegration(sourceScopedAlias(alias), {
    proxy: options.proxy ?? true,
    allowTestInvoke: options.allowTestInvoke ?? false,
    scopePermissionToMethod: true,
  });
}

/**
 * An HTTP API integration that invokes the live alias, with a permission for that route's execute-api ARN
 * (with `SourceAccount`) only.
 */
export function httpApiIntegration(scope: IConstruct, alias: lambda.IFunction, options: HttpApiIntegrationOptions = {}): HttpLambdaIntegration {
  return new HttpLambdaIntegration(`${scope.node.id}Integration`, sourceScopedAlias(alias), {
    payloadFormatVersion: options.payloadFormatVersion,
    scopePermissionToRoute: true,
  });
}

/**
 * An Application Load Balancer target that invokes the live alias.
 *
 * The permission names the target group (`SourceArn`) and its account. Because the target group's targets
 * need the permission to exist first, the permission cannot reference the target group's ARN (CloudFormation
 * would see a cycle); it names `targetgroup/<name>/*` instead, and a target group without a name gets a
 * generated one.
 */
export class AliasAlbTarget implements elbv2.IApplicationLoadBalancerTarget {
  constructor(private readonly alias: lambda.IFunction) {}

  public attachToApplicationTargetGroup(targetGroup: elbv2.IApplicationTargetGroup): elbv2.LoadBalancerTargetProps {
    const stack = Stack.of(targetGroup);
    const cfn = targetGroup.node.defaultChild as elbv2.CfnTargetGroup | undefined;
    let sourceArn = targetGroup.targetGroupArn;
    if (cfn instanceof elbv2.CfnTargetGroup) {
      // Target group names: at most 32 letters, digits and hyphens, unique per account and Region.
      cfn.name ??= Names.uniqueResourceName(targetGroup, { maxLength: 32 });
      sourceArn = stack.formatArn({
        service: 'elasticloadbalancing',
        resource: 'targetgroup',
        resourceName: `${cfn.name}/*`,
        arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      });
    }
    const permissionId = `AllowAlb${Names.nodeUniqueId(targetGroup.node)}`;
    this.alias.addPermission(permissionId, {
      principal: new iam.ServicePrincipal('elasticloadbalancing.amazonaws.com'),
      sourceArn,
      sourceAccount: stack.account,
    });
    const permission = this.alias.permissionsNode.tryFindChild(permissionId);
    if (permission) targetGroup.node.addDependency(permission);
    return { targetType: elbv2.TargetType.LAMBDA, targetJson: { id: this.alias.functionArn } };
  }
}
