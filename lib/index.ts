export * from './function/serverless-function';
export * from './function/compliance-profile';
export * from './destinations/async-destination';
export * from './url/function-url-options';
export * from './versioning/deployment';
export * from './validation/lambda-limits';
export * from './event-sources';
export * from './iam/customer-managed-key';
