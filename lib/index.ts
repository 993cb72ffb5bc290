export * from './function/serverless-function';
export * from './validation/lambda-limits';
export * from './validation/errors';
