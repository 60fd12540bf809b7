// `npm run mail:preview`: renders every template with its fixture in each language into
// test-results/mail-preview/ (HTML, text part, SMS text and an index page to open in a browser).
// Node cannot load the TSX templates, so esbuild bundles them into .cache/ first; the runtime
// packages stay external, as in the functions bundle.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** What the bundle exports: the renderers, their fixtures and the template lists. */
interface PreviewModule {
  LOCALES: readonly string[];
  MAIL_TEMPLATES: readonly string[];
  SMS_TEMPLATES: readonly string[];
  previewBranding: unknown;
  mailFixtures: Record<string, Record<string, unknown>>;
  smsFixtures: Record<string, Record<string, unknown>>;
  renderMail(template: string, locale: string, data: unknown, branding: unknown): Promise<RenderedMail>;
  renderSms(template: string, locale: string, data: unknown, branding: unknown): string;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const templatesDir = join(root, 'functions/src/mail/templates');
const bundleFile = join(root, '.cache/mail-preview/templates.mjs');
const outDir = join(root, 'test-results/mail-preview');

const manifest = JSON.parse(await readFile(join(root, 'functions/package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
};
const external = Object.keys(manifest.dependencies ?? {}).flatMap((name) => [name, `${name}/*`]);

await build({
  stdin: {
    contents: [
      "export { renderMail, renderSms } from './index.ts';",
      "export { previewBranding, mailFixtures, smsFixtures } from './fixtures.ts';",
      "export { LOCALES, MAIL_TEMPLATES, SMS_TEMPLATES } from '@agora/domain';",
    ].join('\n'),
    resolveDir: templatesDir,
    loader: 'ts',
  },
  outfile: bundleFile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  jsx: 'automatic',
  external,
  logLevel: 'warning',
});

const templates = (await import(pathToFileURL(bundleFile).href)) as PreviewModule;

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });

const written: { file: string; label: string }[] = [];
async function write(name: string, content: string, label: string): Promise<void> {
  await writeFile(join(outDir, name), content);
  written.push({ file: name, label });
}

for (const template of templates.MAIL_TEMPLATES) {
  for (const locale of templates.LOCALES) {
    const data = templates.mailFixtures[template]?.[locale];
    const mail = await templates.renderMail(template, locale, data, templates.previewBranding);
    await write(`${template}.${locale}.html`, mail.html, mail.subject);
    await write(`${template}.${locale}.txt`, mail.text, `${mail.subject} (text part)`);
  }
}
for (const template of templates.SMS_TEMPLATES) {
  for (const locale of templates.LOCALES) {
    const data = templates.smsFixtures[template]?.[locale];
    const sms = templates.renderSms(template, locale, data, templates.previewBranding);
    await write(`sms.${template}.${locale}.txt`, `${sms}\n`, `SMS, ${sms.length} characters`);
  }
}

const escapeHtml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const items = written
  .map(
    ({ file, label }) =>
      `<li><a href="${escapeHtml(file)}">${escapeHtml(file)}</a> – ${escapeHtml(label)}</li>`,
  )
  .join('\n');
await writeFile(
  join(outDir, 'index.html'),
  `<!doctype html>\n<html lang="en"><meta charset="utf-8"><title>Mail previews</title>\n<ul>\n${items}\n</ul></html>\n`,
);

for (const { file, label } of written) console.log(`${relative(root, join(outDir, file))}  ${label}`);
console.log(`\nOpen ${relative(root, join(outDir, 'index.html'))} in a browser.`);
