// updateSettings (ADM-3, issue 8 item 4): admins only, validated by the shared schema, audited with
// what changed; nothing is written when the input is refused or unchanged.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { organizationSettingsSchema } from '@agora/domain';
import { demoOrganization } from '../../../scripts/seed/demo-data.ts';
import { updateSettings } from '../../../functions/src/index.ts';
import { call, rejection, signedIn } from '../support/callables.ts';

const settings = organizationSettingsSchema.parse(demoOrganization);
const as = (role: string | null) =>
  signedIn(`${role ?? 'member'}-1`, {
    email: `${role ?? 'member'}@example.fr`,
    email_verified: true,
    ...(role ? { role } : {}),
  });

beforeEach(async () => {
  await resetEmulators();
  await testDb.doc('settings/organization').set(settings);
});
afterAll(closeEmulators);

const stored = async () => (await testDb.doc('settings/organization').get()).data();
const audit = async () =>
  (await testDb.collection('auditLog').where('action', '==', 'settings.update').get()).docs;

describe('updateSettings', () => {
  it('an admin changes the cancellation window: saved, audited with before and after', async () => {
    const next = { ...settings, policies: { ...settings.policies, cancellationWindowHours: 48 } };
    expect(await call(updateSettings, { settings: next }, as('admin'))).toEqual({ changed: ['policies'] });
    expect((await stored())?.policies).toEqual({
      cancellationWindowHours: 48,
      reminderLeadTimesHours: [24, 2],
    });
    expect((await stored())?.updatedBy).toBe('admin-1');
    const entries = await audit();
    expect(entries.map((entry) => entry.data())).toEqual([
      expect.objectContaining({
        actor: 'admin-1',
        target: 'settings/organization',
        before: { policies: { cancellationWindowHours: 24, reminderLeadTimesHours: [24, 2] } },
        after: { policies: { cancellationWindowHours: 48, reminderLeadTimesHours: [24, 2] } },
      }),
    ]);
    // The same settings again change nothing and log nothing.
    expect(await call(updateSettings, { settings: next }, as('admin'))).toEqual({ changed: [] });
    expect(await audit()).toHaveLength(1);
  });

  it('refuses assistants, moderators and members (each beside the admin twin above)', async () => {
    for (const role of ['assistant', 'moderator', null]) {
      const failure = await rejection(call(updateSettings, { settings }, as(role)));
      expect(failure.code).toBe('permission-denied');
    }
    expect(await audit()).toHaveLength(0);
  });

  it('refuses invalid values field by field, in French, writing nothing', async () => {
    const bad = {
      ...settings,
      timeZone: 'Mars/Olympus_Mons',
      branding: { ...settings.branding, primaryColor: 'bleu' },
      policies: { cancellationWindowHours: 1000, reminderLeadTimesHours: [0] },
    };
    const failure = await rejection(call(updateSettings, { settings: bad }, as('admin')));
    expect(failure.details?.reason).toBe('invalid-input');
    expect(failure.details?.issues?.map((issue) => [issue.path, issue.code]).sort()).toEqual([
      ['settings.branding.primaryColor', 'colorInvalid'],
      ['settings.policies.cancellationWindowHours', 'cancellationWindowInvalid'],
      ['settings.policies.reminderLeadTimesHours.0', 'reminderLeadTimesInvalid'],
      ['settings.timeZone', 'timeZoneInvalid'],
    ]);
    expect(failure.details?.issues?.find((issue) => issue.path === 'settings.timeZone')?.message).toBe(
      'Fuseau horaire inconnu (ex. Europe/Paris).',
    );
    expect((await stored())?.timeZone).toBe('Europe/Paris');
    expect(await audit()).toHaveLength(0);
  });
});
