// The Admin SDK app, created on first use: loading the bundle (deploy-time function discovery,
// tests) never needs credentials, and every module shares one app and one Firestore client.
import { getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth, type Auth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { getStorage, type Storage } from 'firebase-admin/storage';

function app(): App {
  // The default app (no name); initializeApp() reads the project from the runtime environment
  // (GCLOUD_PROJECT / FIREBASE_CONFIG), which the emulators and Cloud Functions both set.
  return getApps().find((candidate) => candidate.name === '[DEFAULT]') ?? initializeApp();
}

export function db(): Firestore {
  return getFirestore(app());
}

export function auth(): Auth {
  return getAuth(app());
}

export function storage(): Storage {
  return getStorage(app());
}
