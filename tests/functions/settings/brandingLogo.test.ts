// uploadLogo / removeLogo (ADM-3, branding) against the Firestore and Storage emulators: the logo
// is re-encoded as a PNG of at most 512 px, the settings point at it (audited), mails carry it,
// updateSettings keeps it, a new logo replaces the file, a refused file changes nothing, and
// removing it deletes both. Who may call them is proven in permissions/callableMatrix.test.ts.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { organizationSettingsSchema, validationMessages } from '@agora/domain';
import { demoOrganization } from '../../../scripts/seed/demo-data.ts';
import { removeLogo, updateSettings, uploadLogo } from '../../../functions/src/index.ts';
import { defaultBucket } from '../../../functions/src/lib/bucket.ts';
import { loadMessageContext } from '../../../functions/src/mail/branding.ts';
import { call, rejection, signedIn } from '../support/callables.ts';
import { blankPng, pngWithGarbage, sideBySideJpeg } from '../spaces/images.ts';

const settings = organizationSettingsSchema.parse(demoOrganization);
const admin = signedIn('admin-1', { email: 'admin@example.fr', email_verified: true, role: 'admin' });
const branding = async () =>
  (await testDb.doc('settings/organization').get()).get('branding') as Record<string, unknown>;
const exists = async (path: unknown) => (await defaultBucket().file(String(path)).exists())[0];
const upload = (content: Buffer) => call(uploadLogo, { contentBase64: content.toString('base64') }, admin);
const audits = async () =>
  (await testDb.collection('auditLog').where('action', '==', 'settings.update').get()).docs.map((d) =>
    d.data(),
  );

beforeEach(async () => {
  await resetEmulators();
  await testDb.doc('settings/organization').set(settings);
});
afterAll(closeEmulators);

describe('the organisation logo', () => {
  it('stores a PNG of at most 512 px, points the settings at it, audits it and puts it in mails', async () => {
    const { logoUrl } = await upload(await sideBySideJpeg(2000, 1000, 1));
    const stored = await branding();
    expect(stored.logoPath).toMatch(/^branding\/logo-[0-9a-f]{16}\.png$/);
    expect(stored.logoUrl).toBe(logoUrl);
    expect(logoUrl).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/v0\/b\/.+\/o\/branding%2Flogo-[0-9a-f]{16}\.png\?alt=media&token=/,
    );
    const [bytes] = await defaultBucket().file(String(stored.logoPath)).download();
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'png', width: 512, height: 256 });
    expect(await audits()).toEqual([
      expect.objectContaining({
        actor: 'admin-1',
        target: 'settings/organization',
        after: { branding: expect.objectContaining({ logoPath: stored.logoPath, logoUrl }) },
      }),
    ]);
    expect((await loadMessageContext()).branding.logoUrl).toBe(logoUrl);

    // The settings form knows nothing of the logo: saving it keeps the logo.
    const next = { ...settings, branding: { ...settings.branding, primaryColor: '#123456' } };
    expect(await call(updateSettings, { settings: next }, admin)).toEqual({ changed: ['branding'] });
    expect(await branding()).toMatchObject({ primaryColor: '#123456', logoPath: stored.logoPath, logoUrl });
  });

  it('a new logo replaces the file; removing it clears the settings and deletes the file', async () => {
    await upload(await blankPng(300, 300));
    const first = await branding();
    await upload(await sideBySideJpeg(800, 400, 1));
    const second = await branding();
    expect(second.logoPath).not.toBe(first.logoPath);
    expect([await exists(first.logoPath), await exists(second.logoPath)]).toEqual([false, true]);

    expect(await call(removeLogo, {}, admin)).toEqual({ removed: true });
    const cleared = await branding();
    expect([cleared.logoPath, cleared.logoUrl]).toEqual([undefined, undefined]);
    expect(await exists(second.logoPath)).toBe(false);
    expect((await loadMessageContext()).branding.logoUrl).toBeUndefined();
    expect(await audits()).toHaveLength(3);
  });

  it('refuses a file that is no image, in French, changing nothing', async () => {
    const failure = await rejection(upload(pngWithGarbage()));
    expect(failure.details).toEqual({
      reason: 'invalid-input',
      issues: [
        { path: 'contentBase64', code: 'logoTypeInvalid', message: validationMessages.logoTypeInvalid.fr },
      ],
    });
    expect(await branding()).toEqual(settings.branding);
    expect(await audits()).toEqual([]);
  });
});
