// The Firebase app and its SDK instances, created once and connected to the emulators in demo mode.
import { getApp, getApps, initializeApp } from 'firebase/app';
import {
  browserLocalPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
} from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';
import { REGION } from '@agora/domain';
import { authEmulatorUrl, emulators, firebaseConfig, usesEmulators } from './config.ts';

const alreadyInitialized = getApps().length > 0;
export const app = alreadyInitialized ? getApp() : initializeApp(firebaseConfig);

// initializeAuth without the popup/redirect resolver: email + password only, smaller bundle.
export const auth = initializeAuth(app, {
  persistence: [indexedDBLocalPersistence, browserLocalPersistence],
});
export const db = getFirestore(app);
export const functions = getFunctions(app, REGION);

if (usesEmulators && !alreadyInitialized) {
  // The app shows its own demo notices; the SDK's bottom banner would cover buttons on phones.
  connectAuthEmulator(auth, authEmulatorUrl, { disableWarnings: true });
  connectFirestoreEmulator(db, emulators.host, emulators.firestorePort);
  connectFunctionsEmulator(functions, emulators.host, emulators.functionsPort);
}
