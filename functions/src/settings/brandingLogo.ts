// The organisation's logo (ADM-3, branding): `uploadLogo` and `removeLogo` (admins). Storage stays
// closed to clients, so the file is the server's: type read from the bytes, decoded by sharp,
// stored as a PNG of at most 512 px at `branding/logo-<sha>.png` behind a download token, then
// `settings/organization.branding.{logoPath,logoUrl}` set in a transaction with an audit entry.
// The new file is written before the settings point at it and the old one removed after, so the
// settings never name a missing file. `updateSettings` keeps these two fields as they are.
import { createHash } from 'node:crypto';
import { onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { removeLogoInputSchema, uploadLogoInputSchema } from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { db } from '../lib/admin.ts';
import { writeAuditLog } from '../lib/auditLog.ts';
import { defaultBucket, saveWithDownloadToken } from '../lib/bucket.ts';
import { callable, type Caller } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { PhotoRejectedError, prepareResourcePhoto, uploadRefused } from '../spaces/photoImage.ts';

/** Longest side of the stored logo: crisp in a mail header or on an invoice, a few KB. */
export const LOGO_MAX_EDGE = 512;

const settingsRef = () => db().collection('settings').doc('organization');

interface Logo {
  logoPath?: string;
  logoUrl?: string;
}

/** Points the settings at `next` (or at no logo), audited; answers the logo it replaced. */
async function setLogo(next: Logo, caller: Caller): Promise<Logo> {
  return db().runTransaction(async (tx) => {
    const snapshot = await tx.get(settingsRef());
    if (!snapshot.exists) {
      throw callableError(
        'failed-precondition',
        'Enregistrez d’abord les paramètres de l’organisation, puis ajoutez le logo.',
      );
    }
    const branding = (snapshot.get('branding') ?? {}) as Record<string, unknown>;
    const before: Logo = {
      ...(typeof branding.logoPath === 'string' ? { logoPath: branding.logoPath } : {}),
      ...(typeof branding.logoUrl === 'string' ? { logoUrl: branding.logoUrl } : {}),
    };
    tx.update(settingsRef(), {
      'branding.logoPath': next.logoPath ?? FieldValue.delete(),
      'branding.logoUrl': next.logoUrl ?? FieldValue.delete(),
      updatedAt: FieldValue.serverTimestamp(),
      updatedBy: caller.uid,
    });
    writeAuditLog(tx, {
      actor: caller.uid,
      action: 'settings.update',
      target: 'settings/organization',
      before: { branding: { ...branding } },
      after: { branding: { ...branding, logoPath: next.logoPath ?? null, logoUrl: next.logoUrl ?? null } },
    });
    return before;
  });
}

async function removeFile(path: string | undefined): Promise<void> {
  if (!path) return;
  await defaultBucket().file(path).delete({ ignoreNotFound: true });
}

export const handleUploadLogo = callable(
  { input: uploadLogoInputSchema, requireVerifiedEmail: true, roles: ['admin'] },
  async ({ contentBase64 }, caller): Promise<{ logoUrl: string }> => {
    let prepared;
    try {
      prepared = await prepareResourcePhoto(Buffer.from(contentBase64, 'base64'), {
        maxEdge: LOGO_MAX_EDGE,
        format: 'png',
      });
    } catch (error) {
      if (error instanceof PhotoRejectedError) {
        throw uploadRefused(error.reason === 'too-large' ? 'logoTooLarge' : 'logoTypeInvalid');
      }
      throw error;
    }
    const digest = createHash('sha256').update(prepared.data).digest('hex').slice(0, 16);
    const logoPath = `branding/logo-${digest}.png`;
    const { url } = await saveWithDownloadToken(logoPath, prepared.data, {
      contentType: 'image/png',
      cacheControl: 'public, max-age=31536000, immutable',
    });
    const before = await setLogo({ logoPath, logoUrl: url }, caller);
    if (before.logoPath !== logoPath) await removeFile(before.logoPath);
    return { logoUrl: url };
  },
);

export const handleRemoveLogo = callable(
  { input: removeLogoInputSchema, requireVerifiedEmail: true, roles: ['admin'] },
  async (_input, caller): Promise<{ removed: boolean }> => {
    const before = await setLogo({}, caller);
    await removeFile(before.logoPath);
    return { removed: before.logoPath !== undefined };
  },
);

export const uploadLogo = onCall({ ...callableOptions, memory: '512MiB' }, handleUploadLogo);
export const removeLogo = onCall(callableOptions, handleRemoveLogo);
