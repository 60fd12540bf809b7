// Points these tests at the emulators and at a project of their own. Import it first in every
// emulator test file: it fails the file when an emulator is missing, rather than letting the
// Admin SDK look for real credentials or the suite pass by skipping.
import firebaseFunctionsTest from 'firebase-functions-test';
import { deleteApp, getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';

/** Distinct from the demo data's `demo-agora`: clearing between tests never touches a dev session. */
export const PROJECT_ID = 'demo-agora-functions';

function requiredHost(name: 'FIRESTORE_EMULATOR_HOST' | 'FIREBASE_AUTH_EMULATOR_HOST'): string {
  const host = process.env[name];
  if (!host) {
    throw new Error(
      `${name} is not set: run these tests through the emulators, e.g. npm run emulators:exec -- "npx vitest run --project functions"`,
    );
  }
  return host;
}

// Without it, the Admin SDK first probes a GCE metadata server that does not exist here.
process.env.METADATA_SERVER_DETECTION ??= 'none';

const firestoreHost = requiredHost('FIRESTORE_EMULATOR_HOST');
const authHost = requiredHost('FIREBASE_AUTH_EMULATOR_HOST');

// Sets GCLOUD_PROJECT and FIREBASE_CONFIG, from which the functions' own Admin app takes its
// project; cleanup() restores whatever the emulator runner had set.
export const testEnv = firebaseFunctionsTest({ projectId: PROJECT_ID });

// The tests read and seed through an app of their own, so nothing depends on the functions'
// lazily created default app existing yet.
const TEST_APP_NAME = 'agora-functions-tests';
const testApp: App =
  getApps().find((candidate) => candidate.name === TEST_APP_NAME) ??
  initializeApp({ projectId: PROJECT_ID }, TEST_APP_NAME);
export const testDb = getFirestore(testApp);
export const testAuth = getAuth(testApp);

async function emulatorDelete(url: string): Promise<void> {
  const response = await fetch(url, { method: 'DELETE', headers: { Authorization: 'Bearer owner' } });
  if (!response.ok) throw new Error(`DELETE ${url} answered ${response.status}: ${await response.text()}`);
}

/** Empties this project's Firestore and Auth emulators; call before each test. */
export async function resetEmulators(): Promise<void> {
  await Promise.all([
    emulatorDelete(
      `http://${firestoreHost}/emulator/v1/projects/${PROJECT_ID}/databases/(default)/documents`,
    ),
    emulatorDelete(`http://${authHost}/emulator/v1/projects/${PROJECT_ID}/accounts`),
  ]);
}

/** Releases the apps and environment variables; call after all tests of a file. */
export async function closeEmulators(): Promise<void> {
  testEnv.cleanup();
  await Promise.all(getApps().map((app) => deleteApp(app)));
}
