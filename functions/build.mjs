// Bundles the functions into lib/index.js for `firebase deploy`, which uploads only this folder:
// the domain package and its libraries (zod, libphonenumber-js) go inside the bundle, and only the
// packages in "dependencies" are installed next to it by Cloud Build.
// `--outfile <path>` builds elsewhere (the bundle test does, to load it the way Cloud Functions does).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const { values: args } = parseArgs({ options: { outfile: { type: 'string' } } });
const outfile = args.outfile ? resolve(args.outfile) : 'lib/index.js';
const manifest = JSON.parse(await readFile(new URL('package.json', import.meta.url), 'utf8'));
// Each runtime dependency stays external, subpaths included (firebase-functions/v2/https...).
const external = Object.keys(manifest.dependencies ?? {}).flatMap((name) => [name, `${name}/*`]);

const result = await build({
  absWorkingDir: here,
  entryPoints: ['src/index.ts'],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  sourcemap: true,
  external,
  // A CommonJS module bundled into ESM calls require(); ESM has none, so give it one.
  banner: {
    js: "import { createRequire as __agoraCreateRequire } from 'node:module';\nconst require = __agoraCreateRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'warning',
});

const [written, output] =
  Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('.js')) ?? [];
if (written && output) {
  console.log(`functions: ${written} (${Math.round(output.bytes / 1024)} KiB)`);
}
