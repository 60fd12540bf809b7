// Every deployed function, by its contract name. Nothing else lives here.
export { saveProfile } from './accounts/saveProfile.ts';
export { setUserRole } from './accounts/setUserRole.ts';
