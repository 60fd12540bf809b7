// The deployable bundle, checked the way Cloud Functions sees it: a folder holding package.json,
// lib/index.js and only the packages listed in "dependencies". No emulator needed.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const functionsDir = join(root, 'functions');
const manifest = JSON.parse(await readFile(join(functionsDir, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};
const dependencies = Object.keys(manifest.dependencies);

let deployDir = '';
let bundle = '';

beforeAll(async () => {
  deployDir = await mkdtemp(join(tmpdir(), 'agora-functions-deploy-'));
  await copyFile(join(functionsDir, 'package.json'), join(deployDir, 'package.json'));
  await mkdir(join(deployDir, 'node_modules'));
  for (const name of dependencies) {
    // Scoped packages (@scope/name) need their scope folder first.
    await mkdir(dirname(join(deployDir, 'node_modules', name)), { recursive: true });
    await symlink(join(root, 'node_modules', name), join(deployDir, 'node_modules', name), 'dir');
  }
  await run(process.execPath, [join(functionsDir, 'build.mjs'), '--outfile', join(deployDir, manifest.main)]);
  bundle = await readFile(join(deployDir, manifest.main), 'utf8');
}, 60_000);

afterAll(async () => {
  if (deployDir) await rm(deployDir, { recursive: true, force: true });
});

describe('functions bundle', () => {
  it('imports only Node built-ins and the runtime dependencies', () => {
    const specifiers = new Set([
      ...[...bundle.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1]),
      ...[...bundle.matchAll(/\b(?:__require|require)\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]),
    ]);
    const allowed = (specifier: string) =>
      specifier.startsWith('node:') ||
      builtinModules.includes(specifier) ||
      dependencies.some((name) => specifier === name || specifier.startsWith(`${name}/`));

    expect([...specifiers].filter((specifier) => specifier !== undefined && !allowed(specifier))).toEqual([]);
    expect(specifiers).toContain('firebase-functions/v2/https');
    expect(bundle).not.toMatch(/from ['"](?:zod|libphonenumber-js|@agora\/domain)/);
    expect(existsSync(join(deployDir, `${manifest.main}.map`))).toBe(true);
  });

  it('loads with only its dependencies installed and exports the contract callables in the region', async () => {
    const entry = pathToFileURL(join(deployDir, manifest.main)).href;
    const script = `const m = await import(${JSON.stringify(entry)});
console.log(JSON.stringify(Object.fromEntries(Object.entries(m).map(([name, fn]) => [name, fn.__endpoint]))));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: deployDir });
    const endpoints = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;

    const callable = expect.objectContaining({
      platform: 'gcfv2',
      region: ['europe-west9'],
      callableTrigger: {},
    });
    const region = ['europe-west9'];
    const onWrite = (document: string) =>
      expect.objectContaining({
        platform: 'gcfv2',
        region,
        eventTrigger: expect.objectContaining({
          eventType: 'google.cloud.firestore.document.v1.written',
          eventFilterPathPatterns: { document },
          retry: false,
        }),
      });
    expect(endpoints).toEqual({
      saveProfile: callable,
      setUserRole: callable,
      adjustCredits: callable,
      createCheckout: callable,
      demoPayments: callable,
      manageSubscription: callable,
      refundOrder: callable,
      bookSession: callable,
      downloadInvoice: callable,
      resendInvoice: callable,
      correctInvoice: callable,
      invoiceOnOrderPaid: expect.objectContaining({
        eventTrigger: expect.objectContaining({
          eventFilterPathPatterns: { document: 'orders/{orderId}' },
          retry: true,
        }),
      }),
      invoiceOnBooking: expect.objectContaining({
        eventTrigger: expect.objectContaining({
          eventFilterPathPatterns: { document: 'bookings/{bookingId}' },
          retry: true,
        }),
      }),
      invoiceOnSubscriptionPayment: expect.objectContaining({
        eventTrigger: expect.objectContaining({
          eventType: 'google.cloud.firestore.document.v1.created',
          eventFilterPathPatterns: { document: 'payments/{paymentId}' },
          retry: true,
        }),
      }),
      cancelBooking: callable,
      cancelSession: callable,
      joinWaitlist: callable,
      leaveWaitlist: callable,
      sessionReminders: expect.objectContaining({
        platform: 'gcfv2',
        region,
        scheduleTrigger: expect.objectContaining({ schedule: 'every 15 minutes', timeZone: 'Europe/Paris' }),
      }),
      bookSpace: callable,
      moveSpaceBooking: callable,
      blockSpace: callable,
      unblockSpace: callable,
      saveResource: callable,
      updateSettings: callable,
      removeLogo: callable,
      refreshStats: callable,
      startExport: callable,
      buildExport: expect.objectContaining({
        platform: 'gcfv2',
        region,
        eventTrigger: expect.objectContaining({
          eventType: 'google.cloud.firestore.document.v1.created',
          eventFilterPathPatterns: { document: 'exports/{exportId}' },
        }),
      }),
      rebuildStats: expect.objectContaining({
        platform: 'gcfv2',
        region,
        scheduleTrigger: expect.objectContaining({ schedule: 'every 60 minutes', timeZone: 'Europe/Paris' }),
      }),
      uploadResourcePhoto: expect.objectContaining({
        platform: 'gcfv2',
        region,
        callableTrigger: {},
        availableMemoryMb: 512,
      }),
      uploadLogo: expect.objectContaining({
        platform: 'gcfv2',
        region,
        callableTrigger: {},
        availableMemoryMb: 512,
      }),
      removeResourcePhoto: callable,
      spaceHoldExpiry: expect.objectContaining({
        platform: 'gcfv2',
        region,
        scheduleTrigger: expect.objectContaining({ schedule: 'every 5 minutes', timeZone: 'Europe/Paris' }),
      }),
      spaceReminders: expect.objectContaining({
        platform: 'gcfv2',
        region,
        scheduleTrigger: expect.objectContaining({ schedule: 'every 15 minutes', timeZone: 'Europe/Paris' }),
      }),
      stripeWebhook: expect.objectContaining({
        platform: 'gcfv2',
        region,
        httpsTrigger: { invoker: ['public'] },
      }),
      resendMessage: callable,
      requestVerificationEmail: callable,
      deliverMail: onWrite('mail/{id}'),
      deliverSms: onWrite('sms/{id}'),
      outboxSweeper: expect.objectContaining({
        platform: 'gcfv2',
        region,
        scheduleTrigger: expect.objectContaining({ schedule: 'every 1 minutes' }),
      }),
    });
  });
});
