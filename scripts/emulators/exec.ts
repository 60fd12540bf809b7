// `npm run emulators:exec -- "<command>"`: builds what the emulators serve, starts the whole suite
// for project demo-agora, applies the demo seed, runs the command with the *_EMULATOR_HOST
// variables set, and exits with the command's status.
import { spawnSync } from 'node:child_process';
import { buildServedCode } from './build.ts';
import { FIREBASE_BIN, PROJECT_ID, ROOT, prepareEmulators } from './launcher.ts';

const command = process.argv.slice(2).join(' ').trim();
if (command === '') {
  console.error('usage: npm run emulators:exec -- "<command>"');
  process.exit(2);
}

if (process.env.AGORA_SKIP_BUILD !== '1') buildServedCode();
const { env, notes } = prepareEmulators();
for (const note of notes) console.error(`agora: ${note}`);

// The seeded wrapper runs inside the suite, so it sees the variables firebase-tools sets.
const inner = `"${process.execPath}" scripts/emulators/seeded.ts`;
const result = spawnSync(FIREBASE_BIN, ['emulators:exec', '--project', PROJECT_ID, inner], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...env, AGORA_EXEC_COMMAND: command },
});
process.exit(result.status ?? 1);
