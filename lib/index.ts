export * from './function/serverless-function';
export * from './destinations/dead-letter-target';
export * from './validation/lambda-limits';
