// Builds the code the emulators serve: the functions bundle and the web app.
import { spawnSync } from 'node:child_process';
import { ROOT } from './launcher.ts';

function run(args: string[]): void {
  const result = spawnSync('npm', args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed`);
}

export function buildServedCode(): void {
  run(['run', '--silent', 'build', '-w', 'functions']);
  run(['run', '--silent', 'build', '-w', 'web']);
}
