// Cloud Storage handle, loaded only by the features that need it (clients never read or write
// Storage directly today: files go through functions), so the SDK stays out of the main bundle.
import { connectStorageEmulator, getStorage, type FirebaseStorage } from 'firebase/storage';
import { app } from './app.ts';
import { emulators, usesEmulators } from './config.ts';

let storage: FirebaseStorage | null = null;

export function getAppStorage(): FirebaseStorage {
  if (!storage) {
    storage = getStorage(app);
    if (usesEmulators) connectStorageEmulator(storage, emulators.host, emulators.storagePort);
  }
  return storage;
}
