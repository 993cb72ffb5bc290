import * as lambda from 'aws-cdk-lib/aws-lambda';

/**
 * A function URL on the live alias.
 */
export interface FunctionUrlOptions {
  /**
   * Who may call the URL: AWS_IAM (callers sign requests and need `lambda:InvokeFunctionUrl` and
   * `lambda:InvokeFunction`, see `grantInvokeUrl`) or NONE (anyone on the internet).
   *
   * NONE is refused unless `allowPublicAccess` is true.
   *
   * @default FunctionUrlAuthType.AWS_IAM
   */
  readonly authType?: lambda.FunctionUrlAuthType;

  /**
   * The explicit opt-in to a public URL (authType NONE).
   *
   * With it the function gets the two resource-policy statements AWS requires since October 2025 for
   * Principal '*': `lambda:InvokeFunctionUrl` (FunctionUrlAuthType NONE) and `lambda:InvokeFunction`
   * (only when invoked through the function URL).
   *
   * @default false
   * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
   */
  readonly allowPublicAccess?: boolean;

  /**
   * Cross-origin resource sharing. LambdaLimits checks origins (1 to 100), methods, headers and
   * `maxAge` (at most 86,400 seconds) at synth.
   *
   * @default - no CORS headers
   */
  readonly cors?: lambda.FunctionUrlCorsOptions;

  /**
   * BUFFERED returns the whole response at once (up to 6 MB); RESPONSE_STREAM streams it (Node.js handlers
   * wrapped with `awslambda.streamifyResponse`).
   *
   * @default InvokeMode.BUFFERED
   */
  readonly invokeMode?: lambda.InvokeMode;
}
