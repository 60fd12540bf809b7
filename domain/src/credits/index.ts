export * from './balance.ts';
export * from './pricing.ts';
