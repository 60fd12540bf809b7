// Prepares the environment every emulator run uses (npm start, emulators:exec, npm test):
// Java >= 21 first on PATH, and for each emulator firebase-tools would download, either the
// official cached download (when present) or a local substitute:
//   Firestore -> the Cloud SDK's cloud-firestore-emulator jar, through a manifest-only launcher jar
//   Pub/Sub   -> the Cloud SDK's pubsub-emulator
//   Storage   -> Agora's deny-all stand-in rules runtime (storage-rules-standin/)
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findJava } from './java.ts';
import { denyAllViolations } from './storage-rules-standin/deny-all.ts';
import { OFFICIAL_RUNTIME_HINT } from './storage-rules-standin/hint.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PROJECT_ID = 'demo-agora';
export const FIREBASE_BIN = join(ROOT, 'node_modules', '.bin', 'firebase');
const WORK_DIR = join(ROOT, '.cache', 'emulators');
const STANDIN_DIR = join(ROOT, 'scripts', 'emulators', 'storage-rules-standin');

interface DownloadInfo {
  downloadPathRelativeToCacheDir: string;
  binaryPathRelativeToCacheDir?: string;
}

/** Where firebase-tools keeps (and looks for) its downloaded emulators. */
function firebaseCacheDir(): string {
  return process.env.FIREBASE_EMULATORS_PATH ?? join(homedir(), '.cache', 'firebase', 'emulators');
}

function downloadInfo(name: 'firestore' | 'storage' | 'pubsub'): DownloadInfo {
  const file = join(
    ROOT,
    'node_modules',
    'firebase-tools',
    'lib',
    'emulator',
    'downloadableEmulatorInfo.json',
  );
  const info = (JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<string, DownloadInfo>>)[name];
  if (!info) throw new Error(`firebase-tools does not describe the ${name} emulator download`);
  return info;
}

function hasOfficialDownload(name: 'firestore' | 'storage' | 'pubsub'): boolean {
  const info = downloadInfo(name);
  return existsSync(
    join(firebaseCacheDir(), info.binaryPathRelativeToCacheDir ?? info.downloadPathRelativeToCacheDir),
  );
}

/** The Google Cloud CLI's root, where its emulator components live. */
function cloudSdkRoot(): string | null {
  const candidates = [
    process.env.CLOUDSDK_ROOT_DIR,
    '/usr/lib/google-cloud-sdk',
    '/usr/share/google-cloud-sdk',
    '/opt/google-cloud-sdk',
  ];
  try {
    candidates.push(
      execFileSync('gcloud', ['info', '--format=value(installation.sdk_root)'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim(),
    );
  } catch {
    // No gcloud on PATH: the fixed locations above are all we can try.
  }
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'platform'))) ?? null;
}

/** Writes a jar that holds only a manifest (with an optional compiled class), once per content. */
function buildJar(javaBin: string, name: string, manifest: string, javaSource?: string): string {
  const key = createHash('sha256')
    .update(manifest)
    .update(javaSource ?? '')
    .digest('hex')
    .slice(0, 12);
  const jar = join(WORK_DIR, `${name}-${key}.jar`);
  if (existsSync(jar)) return jar;
  const dir = join(WORK_DIR, `${name}-${key}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.txt'), manifest);
  const files: string[] = [];
  if (javaSource) {
    const className = /public final class (\w+)/.exec(javaSource)?.[1];
    if (!className) throw new Error(`${name}: no public final class in the Java source`);
    writeFileSync(join(dir, `${className}.java`), javaSource);
    execFileSync(join(javaBin, 'javac'), ['--release', '21', '-d', dir, join(dir, `${className}.java`)]);
    files.push('-C', dir, `${className}.class`);
  }
  execFileSync(join(javaBin, 'jar'), ['cfm', jar, join(dir, 'manifest.txt'), ...files]);
  return jar;
}

export interface EmulatorSetup {
  env: NodeJS.ProcessEnv;
  /** One line per emulator binary choice, for the start-up banner. */
  notes: string[];
}

/** Environment for firebase-tools: Java on PATH and binary overrides where downloads are missing. */
export function prepareEmulators(): EmulatorSetup {
  const java = findJava();
  mkdirSync(WORK_DIR, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${java.binDir}:${process.env.PATH ?? ''}`,
    JAVA_HOME: dirname(java.binDir),
    // The emulators never reach real services with a demo-* project; keep firebase-tools quiet too.
    FIREBASE_CLI_DISABLE_UPDATE_CHECK: 'true',
    // firebase-admin otherwise probes the GCE metadata server, which does not exist here.
    METADATA_SERVER_DETECTION: 'none',
    // The Functions emulator runs one request per worker process and by default starts a process
    // for every concurrent request: 200 simultaneous bookings would start 200 Node processes on a
    // 2-core machine. A bounded pool queues them instead, as instances with concurrency would.
    FUNCTIONS_EMULATOR_PARALLEL: process.env.FUNCTIONS_EMULATOR_PARALLEL ?? '8',
  };
  const notes = [`Java ${java.major} at ${java.binDir}`];
  const sdk = cloudSdkRoot();
  const missing = (what: string, component: string) =>
    new Error(
      `The ${what} emulator is not downloaded (~/.cache/firebase/emulators) and no Google Cloud SDK ` +
        `component replaces it. On a connected machine run \`npx firebase setup:emulators:${what.toLowerCase()}\` ` +
        `once, or install the Cloud SDK component \`${component}\`.`,
    );

  if (hasOfficialDownload('firestore')) {
    notes.push('Firestore: official emulator download');
  } else {
    const jar = sdk && join(sdk, 'platform', 'cloud-firestore-emulator', 'cloud-firestore-emulator.jar');
    if (!jar || !existsSync(jar)) throw missing('Firestore', 'cloud-firestore-emulator');
    // The Cloud SDK jar has no Main-Class and firebase-tools starts it with `java -jar`.
    env.FIRESTORE_EMULATOR_BINARY_PATH = buildJar(
      java.binDir,
      'firestore-launcher',
      `Main-Class: com.google.cloud.datastore.emulator.firestore.CloudFirestore\nClass-Path: file://${jar}\n`,
    );
    notes.push(`Firestore: Cloud SDK emulator (${jar})`);
  }

  if (hasOfficialDownload('pubsub')) {
    notes.push('Pub/Sub: official emulator download');
  } else {
    const bin = sdk && join(sdk, 'platform', 'pubsub-emulator', 'bin', 'cloud-pubsub-emulator');
    if (!bin || !existsSync(bin)) throw missing('PubSub', 'pubsub-emulator');
    env.PUBSUB_EMULATOR_BINARY_PATH = bin;
    notes.push(`Pub/Sub: Cloud SDK emulator (${bin})`);
  }

  if (hasOfficialDownload('storage')) {
    notes.push('Storage: official rules runtime');
  } else {
    // Refuse up front, loudly: the emulator itself would only log a warning and deny everything.
    const problems = denyAllViolations(readFileSync(join(ROOT, 'storage.rules'), 'utf8'));
    if (problems.length > 0) {
      throw new Error(`storage.rules: ${problems.join('; ')}.\n${OFFICIAL_RUNTIME_HINT}`);
    }
    env.STORAGE_EMULATOR_BINARY_PATH = buildJar(
      java.binDir,
      'storage-rules-standin',
      'Main-Class: StorageRulesStandIn\n',
      readFileSync(join(STANDIN_DIR, 'StorageRulesStandIn.java'), 'utf8'),
    );
    env.AGORA_STANDIN_NODE = process.execPath;
    env.AGORA_STANDIN_SCRIPT = join(STANDIN_DIR, 'runtime.ts');
    notes.push('Storage: deny-all stand-in rules runtime (official runtime not downloaded)');
  }
  return { env, notes };
}

/** Emulator hosts as set by `firebase emulators:exec`, for processes we start ourselves. */
export function emulatorHostEnv(): NodeJS.ProcessEnv {
  return {
    GCLOUD_PROJECT: PROJECT_ID,
    FIRESTORE_EMULATOR_HOST: '127.0.0.1:8080',
    FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099',
    FIREBASE_STORAGE_EMULATOR_HOST: '127.0.0.1:9199',
    STORAGE_EMULATOR_HOST: 'http://127.0.0.1:9199',
    PUBSUB_EMULATOR_HOST: '127.0.0.1:8085',
    FIREBASE_EMULATOR_HUB: '127.0.0.1:4400',
    METADATA_SERVER_DETECTION: 'none',
  };
}
