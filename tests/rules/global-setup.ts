// Global setup of the vitest "rules" project: fails fast when no Firestore emulator answers, and
// after the run saves the emulator's rule-coverage report to test-results/firestore-coverage.html.
import { mkdir, writeFile } from 'node:fs/promises';
import { firestoreEmulator, RULES_PROJECT_ID } from './env.ts';

const RESULTS_DIR = new URL('../../test-results/', import.meta.url);
const COVERAGE_FILE = new URL('firestore-coverage.html', RESULTS_DIR);

export default async function setup(): Promise<() => Promise<void>> {
  const { host, port } = firestoreEmulator();
  const base = `http://${host}:${port}`;
  try {
    await fetch(`${base}/`);
  } catch (error) {
    throw new Error(`No Firestore emulator answers at ${base} (FIRESTORE_EMULATOR_HOST): start it first.`, {
      cause: error,
    });
  }

  return async function teardown() {
    const url = `${base}/emulator/v1/projects/${RULES_PROJECT_ID}:ruleCoverage.html`;
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error(`Could not fetch the rule-coverage report (${response.status}): ${url}`);
    }
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(COVERAGE_FILE, await response.text());
    console.log(`Firestore rule coverage: ${COVERAGE_FILE.pathname}`);
  };
}
