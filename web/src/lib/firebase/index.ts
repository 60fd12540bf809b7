// Every Firebase SDK call of the web app goes through these named functions (Storage apart:
// import ./storage.ts where needed so the SDK stays out of the main bundle).
export { usesEmulators, projectId } from './config.ts';
export * from './auth.ts';
export * from './users.ts';
export * from './settings.ts';
export * from './messages.ts';
export * from './callables.ts';
export * from './emulator.ts';
