// Firebase web configuration from Vite env; a demo-* project id means "talk to the local emulators".
import { DEMO_PROJECT_ID } from '@agora/domain';

const env = import.meta.env;

export const projectId = env.VITE_FIREBASE_PROJECT_ID || DEMO_PROJECT_ID;

export const firebaseConfig = {
  apiKey: env.VITE_FIREBASE_API_KEY || 'demo-api-key',
  authDomain: env.VITE_FIREBASE_AUTH_DOMAIN || `${projectId}.firebaseapp.com`,
  projectId,
  storageBucket: env.VITE_FIREBASE_STORAGE_BUCKET || `${projectId}.appspot.com`,
  messagingSenderId: env.VITE_FIREBASE_MESSAGING_SENDER_ID,
  appId: env.VITE_FIREBASE_APP_ID,
};

/** Demo projects never reach real services: every SDK is pointed at the emulators. */
export const usesEmulators = projectId.startsWith('demo-');

/** Ports match firebase.json; 127.0.0.1 avoids IPv6 `localhost` surprises. */
export const emulators = {
  host: '127.0.0.1',
  authPort: 9099,
  firestorePort: 8080,
  functionsPort: 5001,
  storagePort: 9199,
} as const;

export const authEmulatorUrl = `http://${emulators.host}:${emulators.authPort}`;
