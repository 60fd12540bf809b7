// Runs inside `firebase emulators:exec`: applies the demo seed, then the user's command (passed
// in AGORA_EXEC_COMMAND so no quoting is lost), and exits with its status.
import { spawnSync } from 'node:child_process';
import { seedDemo } from '../seed/demo.ts';

await seedDemo();
const result = spawnSync(process.env.AGORA_EXEC_COMMAND ?? 'true', { shell: true, stdio: 'inherit' });
process.exit(result.status ?? 1);
