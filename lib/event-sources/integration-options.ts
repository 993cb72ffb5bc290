import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';

/**
 * Options of a REST API (API Gateway v1) integration.
 */
export interface RestApiIntegrationOptions {
  /**
   * Also let the API Gateway console's "Test" button invoke the function (a second permission, scoped to the
   * method's test-invoke ARN).
   *
   * @default false
   */
  readonly allowTestInvoke?: boolean;

  /**
   * Lambda proxy integration: the function receives the whole request and returns the whole response.
   *
   * @default true
   */
  readonly proxy?: boolean;
}

/**
 * Options of an HTTP API (API Gateway v2) integration.
 */
export interface HttpApiIntegrationOptions {
  /**
   * The version of the payload the function receives.
   *
   * @default PayloadFormatVersion.VERSION_2_0
   */
  readonly payloadFormatVersion?: apigatewayv2.PayloadFormatVersion;
}
