// Connects the rules tests to the Firestore emulator named by FIRESTORE_EMULATOR_HOST, with
// firestore.rules loaded under a project id of their own, so they never touch the demo data.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { setLogLevel, type Firestore } from 'firebase/firestore';
import { firestoreAs, modularFirestore, type Actor } from './roles.ts';

/** Differs from the demo project (demo-agora) so clearing data between tests spares the demo seed. */
export const RULES_PROJECT_ID = 'demo-agora-rules';
const RULES_FILE = new URL('../../firestore.rules', import.meta.url);

export interface EmulatorAddress {
  host: string;
  port: number;
}

/** Where the Firestore emulator listens; throws so that a missing emulator fails the suite, never skips it. */
export function firestoreEmulator(): EmulatorAddress {
  const value = process.env.FIRESTORE_EMULATOR_HOST?.trim();
  if (!value) {
    throw new Error(
      'FIRESTORE_EMULATOR_HOST is not set: the rules tests need the Firestore emulator. ' +
        'Run them through `npm run emulators:exec -- "npx vitest run --project rules"`, or start an ' +
        'emulator yourself and set FIRESTORE_EMULATOR_HOST=host:port.',
    );
  }
  const [, host, port] = /^(.+):(\d+)$/.exec(value) ?? [];
  if (!host || !port) throw new Error(`FIRESTORE_EMULATOR_HOST must look like host:port, got "${value}".`);
  return { host, port: Number(port) };
}

export async function createRulesTestEnvironment(): Promise<RulesTestEnvironment> {
  // Denied writes are the point of these tests; the SDK would log each one as a warning.
  setLogLevel('error');
  return initializeTestEnvironment({
    projectId: RULES_PROJECT_ID,
    firestore: { ...firestoreEmulator(), rules: readFileSync(RULES_FILE, 'utf8') },
  });
}

export interface RulesHarness {
  /** The test environment, available inside tests and hooks. */
  readonly env: RulesTestEnvironment;
  /** Firestore as seen by one actor of the role matrix, under the rules. */
  as(actor: Actor): Firestore;
  /** Firestore with the rules off: for seeding and for the controls of rows denied to everyone. */
  withoutRules(use: (db: Firestore) => Promise<unknown>): Promise<void>;
}

/**
 * Registers the hooks of one test file: environment up before all, torn down after all, and before
 * each test an empty database filled by `seed` (with the rules off).
 */
export function useRulesEnvironment(seed: (db: Firestore) => Promise<void>): RulesHarness {
  let current: RulesTestEnvironment | undefined;
  const harness: RulesHarness = {
    get env() {
      if (!current) throw new Error('The rules test environment is not initialised yet.');
      return current;
    },
    as: (actor) => firestoreAs(harness.env, actor),
    withoutRules: (use) =>
      harness.env.withSecurityRulesDisabled(async (context) => {
        await use(modularFirestore(context));
      }),
  };

  beforeAll(async () => {
    current = await createRulesTestEnvironment();
  });
  afterAll(async () => {
    await current?.cleanup();
  });
  beforeEach(async () => {
    await harness.env.clearFirestore();
    await harness.withoutRules(seed);
  });
  return harness;
}
