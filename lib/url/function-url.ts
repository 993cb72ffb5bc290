import { Fn, Stack, Validations } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { DEFAULT_URL_ALLOW_PUBLIC_ACCESS, DEFAULT_URL_AUTH_TYPE, DEFAULT_URL_INVOKE_MODE } from '../function/defaults';
import { grantInvokeOnAlias, InvokeGrantKind } from '../iam/invoke-permissions';
import { propError } from '../private/prop-error';
import { LambdaKitValidationError } from '../validation/errors';
import { FunctionUrlOptions } from './function-url-options';
import { recordPropertyNames } from '../validation/property-names';

const URL_AUTH_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html';

/** Creates the function URL on the alias, or reports why it is refused (a public URL without the opt-in). */
export function createFunctionUrl(scope: Construct, alias: lambda.Alias, options: FunctionUrlOptions): lambda.FunctionUrl | undefined {
  const authType = options.authType ?? DEFAULT_URL_AUTH_TYPE;
  if (authType === lambda.FunctionUrlAuthType.NONE && (options.allowPublicAccess ?? DEFAULT_URL_ALLOW_PUBLIC_ACCESS) !== true) {
    const error = propError(scope, 'PublicUrlOptIn', 'url.authType', 'AWS_IAM unless `url.allowPublicAccess` is true', 'NONE',
      'Keep AWS_IAM and grant callers with grantInvokeUrl (or put CloudFront in front with urlOrigin()), or set `allowPublicAccess: true` '
      + 'to let anyone on the internet invoke the function.', URL_AUTH_DOC);
    scope.node.addValidation({ validate: () => [error] });
    // Nothing public is created: no URL, no statement for Principal '*'.
    return undefined;
  }
  const { maxAge, ...corsTheL2Accepts } = options.cors ?? {};
  const url = new lambda.FunctionUrl(scope, 'FunctionUrl', {
    function: alias,
    authType,
    cors: options.cors ? corsTheL2Accepts : undefined,
    invokeMode: options.invokeMode ?? DEFAULT_URL_INVOKE_MODE,
  });
  const cfn = url.node.defaultChild as lambda.CfnUrl;
  // aws-cdk-lib throws on a maxAge above one day: written on the L1, LambdaLimits reports it at synth.
  if (maxAge) cfn.addPropertyOverride('Cors.MaxAge', maxAge.toSeconds());
  recordPropertyNames(cfn, {
    AuthType: 'url.authType',
    Cors: 'url.cors',
    'Cors.AllowOrigins': 'url.cors.allowedOrigins',
    'Cors.AllowMethods': 'url.cors.allowedMethods',
    'Cors.AllowHeaders': 'url.cors.allowedHeaders',
    'Cors.ExposeHeaders': 'url.cors.exposedHeaders',
    'Cors.MaxAge': 'url.cors.maxAge',
    'Cors.AllowCredentials': 'url.cors.allowCredentials',
    InvokeMode: 'url.invokeMode',
  });
  if (authType === lambda.FunctionUrlAuthType.NONE) acknowledgePublicUrl(url, alias);
  return url;
}

/**
 * The public URL was asked for explicitly (authType NONE and allowPublicAccess): acknowledge, on the URL and on its two
 * Principal '*' statements only, the findings that exist to catch a public URL nobody decided on.
 */
function acknowledgePublicUrl(url: lambda.FunctionUrl, alias: lambda.Alias) {
  const reason = 'Public function URL by explicit decision (url.authType NONE with url.allowPublicAccess true); '
    + 'the statements are the two AWS requires for it and allow nothing but calls through the URL.';
  Validations.of(url).acknowledge({ id: 'cdk-validator-cfnguard::lambda_function_url_auth_check', reason });
  for (const id of ['invoke-function-url', 'invoke-function']) {
    const permission = alias.node.tryFindChild(id);
    if (!permission) continue;
    Validations.of(permission).acknowledge(...PUBLIC_PERMISSION_RULES.map(rule => ({ id: rule, reason })));
  }
}

/** The checks that flag a resource-policy statement for Principal '*'. */
const PUBLIC_PERMISSION_RULES = [
  'HIPAA.Security-LambdaFunctionPublicAccessProhibited',
  'NIST.800.53.R4-LambdaFunctionPublicAccessProhibited',
  'NIST.800.53.R5-LambdaFunctionPublicAccessProhibited',
  'PCI.DSS.321-LambdaFunctionPublicAccessProhibited',
  'cdk-validator-cfnguard::lambda_function_public_access_prohibited_check',
];

/** The ARN of a CloudFront distribution, for SourceArn conditions. */
function distributionArn(stack: Stack, distributionId: string): string {
  return stack.formatArn({ service: 'cloudfront', region: '', resource: 'distribution', resourceName: distributionId });
}

/**
 * A CloudFront origin for a private (AWS_IAM) function URL, signed with origin access control: the distribution
 * is the only caller, by resource-policy statements for `cloudfront.amazonaws.com` on the live alias, scoped by
 * SourceArn (the distribution) and SourceAccount. Not exported: `ServerlessFunction.urlOrigin()` returns it.
 */
class PrivateUrlOrigin extends cloudfront.OriginBase {
  constructor(url: lambda.FunctionUrl, private readonly alias: lambda.Alias, props: cloudfront.OriginProps = {}) {
    // https://<id>.lambda-url.<region>.on.aws/ -> <id>.lambda-url.<region>.on.aws
    super(Fn.select(2, Fn.split('/', url.url)), props);
  }

  public bind(scope: Construct, options: cloudfront.OriginBindOptions): cloudfront.OriginBindConfig {
    const config = super.bind(scope, options);
    const accessControl = new cloudfront.FunctionUrlOriginAccessControl(scope, `FunctionUrlOriginAccessControl${options.originId}`, {
      signing: cloudfront.Signing.SIGV4_ALWAYS,
    });
    const stack = Stack.of(scope);
    const principal = new iam.ServicePrincipal('cloudfront.amazonaws.com').withConditions({
      ArnLike: { 'aws:SourceArn': distributionArn(stack, options.distributionId!) },
      StringEquals: { 'aws:SourceAccount': stack.account },
    });
    // Both statements AWS requires to call a function URL since October 2025, on the alias the URL targets.
    grantInvokeOnAlias(this.alias, this.alias, principal, InvokeGrantKind.INVOKE_URL, scope);
    return { ...config, originProperty: { ...config.originProperty!, originAccessControlId: accessControl.originAccessControlId } };
  }

  protected renderCustomOriginConfig(): cloudfront.CfnDistribution.CustomOriginConfigProperty | undefined {
    return { originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2], originProtocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY };
  }
}

/** Throws when the function has no private URL to put CloudFront in front of. */
export function urlOrigin(
  scope: Construct, url: lambda.FunctionUrl | undefined, alias: lambda.Alias, props?: cloudfront.OriginProps,
): cloudfront.IOrigin {
  if (!url || url.authType !== lambda.FunctionUrlAuthType.AWS_IAM) {
    throw new LambdaKitValidationError('urlOrigin() needs `url` with authType AWS_IAM: CloudFront signs its requests (origin access control), '
      + 'and the URL stays private.', scope);
  }
  return new PrivateUrlOrigin(url, alias, props);
}
