export * from './vat.ts';
export * from './numbering.ts';
export * from './compose.ts';
