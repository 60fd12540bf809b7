// End-to-end tests drive Debian's Chromium with playwright-core (Playwright's own browser
// download cannot work offline). Finds it, or installs it with apt-get when running as root.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('agora: installing Debian Chromium for the end-to-end tests (apt-get install chromium)');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'End-to-end tests need Chromium: install it (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH.',
  );
}
