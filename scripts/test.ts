// `npm test`: every check, in order: format, lint, typecheck, unit tests, then (with the emulator
// suite up) rules, functions integration and browser end-to-end tests. Runs every stage even
// after a failure, prints a summary with timings and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildServedCode } from './emulators/build.ts';
import { ROOT } from './emulators/launcher.ts';
import { ensureChromium } from './ensure-chromium.ts';

interface Stage {
  name: string;
  run: () => boolean;
}

const RESULTS = join(ROOT, 'test-results');
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

function sh(command: string, env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n$ ${command}`);
  return (
    spawnSync(command, { cwd: ROOT, shell: true, stdio: 'inherit', env: { ...process.env, ...env } })
      .status === 0
  );
}

const vitest = (projects: string[], report: string) =>
  `npx vitest run ${projects.map((p) => `--project ${p}`).join(' ')} --reporter=default --reporter=json --outputFile.json=test-results/${report}.json`;

const stages: Stage[] = [
  { name: 'format (prettier)', run: () => sh('npx prettier --check . --log-level warn') },
  { name: 'lint (eslint)', run: () => sh('npx eslint . --max-warnings 0') },
  { name: 'typecheck (tsc)', run: () => sh('npm run --silent typecheck') },
  { name: 'unit tests (domain, web, tooling)', run: () => sh(vitest(['domain', 'web', 'tooling'], 'unit')) },
  {
    name: 'build (functions, web)',
    run: () => {
      try {
        buildServedCode();
        return true;
      } catch (error) {
        console.error((error as Error).message);
        return false;
      }
    },
  },
  {
    name: 'emulator tests (rules, functions, e2e)',
    run: () => {
      const chromium = ensureChromium();
      return sh(`node scripts/emulators/exec.ts "${vitest(['rules', 'functions', 'e2e'], 'emulators')}"`, {
        AGORA_SKIP_BUILD: '1',
        CHROMIUM_PATH: chromium,
      });
    },
  },
];

const outcomes = stages.map((stage) => {
  const started = performance.now();
  const passed = stage.run();
  return { name: stage.name, passed, seconds: (performance.now() - started) / 1000 };
});

/** Test counts from vitest's JSON reports: what the closing line reports. */
function counts(): { passed: number; failed: number; skipped: number } {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const report of ['unit', 'emulators']) {
    const file = join(RESULTS, `${report}.json`);
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    total.passed += json.numPassedTests;
    total.failed += json.numFailedTests;
    total.skipped += json.numPendingTests + json.numTodoTests;
  }
  return total;
}

console.log('\nSummary');
for (const o of outcomes)
  console.log(`  ${o.passed ? 'ok  ' : 'FAIL'}  ${o.name.padEnd(40)} ${o.seconds.toFixed(1)} s`);
const total = counts();
const failedStages = outcomes.filter((o) => !o.passed).length;
// A failing stage without failing tests (lint, build, a suite that could not start) still counts.
const failed = total.failed + (total.failed === 0 ? failedStages : 0);
console.log(`${total.passed} passed, ${failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(failedStages === 0 && total.failed === 0 && total.skipped === 0 ? 0 : 1);
