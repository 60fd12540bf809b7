// `updateSettings` (admin, ADM-3): the organisation's settings — legal entity, VAT regime, voucher
// mode, legal references, time zone, branding, policies, modules — validated by the schema every
// reader uses, written in one transaction with an audit entry of what changed (before and after of
// each changed top-level section). Clients cannot write settings/organization directly. The logo
// (`branding.logoPath`, `branding.logoUrl`) belongs to uploadLogo/removeLogo: kept as stored.
import { onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { isDeepStrictEqual } from 'node:util';
import { updateSettingsInputSchema, withoutUndefined } from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { callable } from '../lib/callable.ts';
import { db } from '../lib/admin.ts';
import { writeAuditLog } from '../lib/auditLog.ts';

const settingsRef = () => db().collection('settings').doc('organization');

export const handleUpdateSettings = callable(
  { input: updateSettingsInputSchema, requireVerifiedEmail: true, roles: ['admin'] },
  async ({ settings }, caller): Promise<{ changed: string[] }> => {
    return db().runTransaction(async (tx) => {
      const current: Record<string, unknown> = (await tx.get(settingsRef())).data() ?? {};
      const stored = (current.branding ?? {}) as Record<string, unknown>;
      const next: Record<string, unknown> = withoutUndefined({
        ...settings,
        branding: {
          ...settings.branding,
          logoPath: typeof stored.logoPath === 'string' ? stored.logoPath : undefined,
          logoUrl: typeof stored.logoUrl === 'string' ? stored.logoUrl : undefined,
        },
      });
      const changed = Object.keys({ ...current, ...next })
        .filter((key) => key !== 'updatedAt' && key !== 'updatedBy')
        .filter((key) => !isDeepStrictEqual(current[key], next[key]))
        .sort();
      if (changed.length === 0) return { changed };
      tx.set(settingsRef(), { ...next, updatedAt: FieldValue.serverTimestamp(), updatedBy: caller.uid });
      writeAuditLog(tx, {
        actor: caller.uid,
        action: 'settings.update',
        target: 'settings/organization',
        before: Object.fromEntries(changed.map((key) => [key, current[key] ?? null])),
        after: Object.fromEntries(changed.map((key) => [key, next[key] ?? null])),
      });
      return { changed };
    });
  },
);

export const updateSettings = onCall(callableOptions, handleUpdateSettings);
