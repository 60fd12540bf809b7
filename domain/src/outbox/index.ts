// The outbox's pure rules: delivery state machine and message ids.
export * from './delivery.ts';
export * from './ids.ts';
