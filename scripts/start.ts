// `npm start`: builds the functions and the web app, starts the emulator suite for demo-agora,
// seeds the demo and prints the URL. Ctrl-C stops everything. `npm start -- --persist` (or
// AGORA_PERSIST=1) keeps emulator data in .emulator-data between runs.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildServedCode } from './emulators/build.ts';
import { FIREBASE_BIN, PROJECT_ID, ROOT, emulatorHostEnv, prepareEmulators } from './emulators/launcher.ts';
import { waitForSuite } from './emulators/ready.ts';
import { DEMO_PASSWORD, demoAccounts } from './seed/demo-data.ts';

const startedAt = performance.now();
const persist = process.argv.includes('--persist') || process.env.AGORA_PERSIST === '1';

buildServedCode();
const { env, notes } = prepareEmulators();
for (const note of notes) console.log(`agora: ${note}`);

const args = ['emulators:start', '--project', PROJECT_ID];
if (persist) {
  const dir = join(ROOT, '.emulator-data');
  args.push('--import', dir, '--export-on-exit', dir);
}
// Own process group, so Ctrl-C reaches firebase-tools once (through us) and it can export data.
const suite = spawn(FIREBASE_BIN, args, {
  cwd: ROOT,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  console.log('\nagora: stopping the emulators…');
  if (suite.pid) process.kill(-suite.pid, 'SIGINT');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
suite.on('exit', (code) => process.exit(stopping ? 0 : (code ?? 1)));

try {
  await waitForSuite();
  Object.assign(process.env, emulatorHostEnv());
  const { seedDemo } = await import('./seed/demo.ts');
  await seedDemo();
} catch (error) {
  console.error(`agora: ${(error as Error).message}`);
  stop();
  process.exitCode = 1;
}
if (!stopping) {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`
  Agora is running (ready in ${seconds} s): http://127.0.0.1:5000

  Demo accounts (password for all: ${DEMO_PASSWORD})
${demoAccounts.map((a) => `    ${(a.role ?? 'member').padEnd(10)} ${a.email}`).join('\n')}

  New sign-ups: the verification link appears on the "verify your email" page (demo mode).
  Press Ctrl-C to stop${persist ? '; data is saved to .emulator-data' : ''}.
`);
}
