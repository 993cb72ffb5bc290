export * from './event-source';
export * from './failure-destination';
export * from './queue-pair';
export * from './trigger';
export * from './integration-options';
