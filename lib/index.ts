export * from './function/serverless-function';
export * from './destinations/dead-letter-target';
export * from './versioning/deployment';
export * from './validation/lambda-limits';
export * from './event-sources';
