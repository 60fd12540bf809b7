// Public surface of the domain package: schemas and pure rules shared by web and functions.
export * from './constants.ts';
export * from './errors.ts';
export * from './validation-messages.ts';
export * from './schemas/common.ts';
export * from './schemas/profile.ts';
export * from './schemas/password.ts';
export * from './schemas/sign-up.ts';
export * from './schemas/roles.ts';
export * from './schemas/audit-log.ts';
export * from './schemas/settings.ts';
export * from './schemas/mail-templates.ts';
export * from './schemas/outbox.ts';
export * from './outbox/index.ts';
export * from './schemas/wallet.ts';
export * from './credits/index.ts';
