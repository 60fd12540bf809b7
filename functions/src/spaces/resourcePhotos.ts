// Photos of coworking resources (SPACE-1), uploaded and removed by staff through these callables:
// Storage stays closed to client writes, so the type, size and dimensions of every stored image
// are the server's (see photoImage.ts), and each change is audited. A photo is a file at
// `resources/<resourceId>/photos/<id>.webp` plus an entry in `resources/{resourceId}.photos`; the
// file is written before the entry and removed after it, so an entry never points at a missing
// file (a crash can at worst leave an unreferenced file, which nobody is shown).
import { FieldValue, type DocumentSnapshot } from 'firebase-admin/firestore';
import { onCall, type CallableOptions } from 'firebase-functions/v2/https';
import {
  MAX_PHOTO_BYTES,
  MAX_RESOURCE_PHOTOS,
  removeResourcePhotoInputSchema,
  resourcePhotoSchema,
  uploadResourcePhotoInputSchema,
  type ResourcePhoto,
} from '@agora/domain';
import { callableOptions } from '../config/params.ts';
import { db } from '../lib/admin.ts';
import { writeAuditLog } from '../lib/auditLog.ts';
import { defaultBucket, saveWithDownloadToken } from '../lib/bucket.ts';
import { callable } from '../lib/callable.ts';
import { callableError } from '../lib/errors.ts';
import { PhotoRejectedError, prepareResourcePhoto, uploadRefused, type PreparedPhoto } from './photoImage.ts';
import { resourceRef } from './spaceStore.ts';

export const resourcePhotoPath = (resourceId: string, photoId: string) =>
  `resources/${resourceId}/photos/${photoId}.webp`;

export interface UploadResourcePhotoResult {
  photoId: string;
}

const resourceMissing = () => callableError('not-found', 'Cet espace n’existe pas.');
const tooManyPhotos = () =>
  callableError(
    'failed-precondition',
    `Cet espace a déjà ${String(MAX_RESOURCE_PHOTOS)} photos : retirez-en une avant d’en ajouter une autre.`,
    { reason: 'too-many-photos' },
  );

/** The `photos` array as stored (entries kept as they are, whatever their shape). */
function storedPhotos(snapshot: DocumentSnapshot): unknown[] {
  const photos: unknown = snapshot.get('photos');
  return Array.isArray(photos) ? photos : [];
}

const hasId = (entry: unknown, photoId: string) => resourcePhotoSchema.safeParse(entry).data?.id === photoId;

/** Refuses early, before any image work, what the transaction would refuse anyway. */
function assertCanAddPhoto(snapshot: DocumentSnapshot): void {
  if (!snapshot.exists) throw resourceMissing();
  if (storedPhotos(snapshot).length >= MAX_RESOURCE_PHOTOS) throw tooManyPhotos();
}

async function prepareOrRefuse(original: Buffer): Promise<PreparedPhoto> {
  try {
    return await prepareResourcePhoto(original);
  } catch (error) {
    if (error instanceof PhotoRejectedError) {
      throw uploadRefused(error.reason === 'too-large' ? 'photoTooLarge' : 'photoTypeInvalid');
    }
    throw error;
  }
}

export const handleUploadResourcePhoto = callable(
  { input: uploadResourcePhotoInputSchema, requireVerifiedEmail: true, roles: ['admin', 'assistant'] },
  async ({ resourceId, contentBase64 }, caller): Promise<UploadResourcePhotoResult> => {
    const original = Buffer.from(contentBase64, 'base64');
    // The schema bounds the base64 length; padding can still decode to a few bytes more.
    if (original.length > MAX_PHOTO_BYTES) throw uploadRefused('photoTooLarge');
    const ref = resourceRef(resourceId);
    assertCanAddPhoto(await ref.get());

    const prepared = await prepareOrRefuse(original);

    // A fresh random id: two uploads never share a file, so a stored file is never rewritten and
    // can be cached for good.
    const photoId = db().collection('_').doc().id;
    const path = resourcePhotoPath(resourceId, photoId);
    // Readable by its URL (the public catalogue shows it) while the Storage rules stay deny-all.
    const { url } = await saveWithDownloadToken(path, prepared.data, {
      contentType: prepared.contentType,
      cacheControl: 'public, max-age=31536000, immutable',
    });
    const entry: ResourcePhoto = {
      id: photoId,
      path,
      url,
      contentType: prepared.contentType,
      width: prepared.width,
      height: prepared.height,
      bytes: prepared.bytes,
    };

    try {
      await db().runTransaction(async (tx) => {
        const snapshot = await tx.get(ref);
        // Checked again here: another upload may have filled the last place meanwhile.
        assertCanAddPhoto(snapshot);
        tx.update(ref, { photos: FieldValue.arrayUnion(entry), updatedAt: FieldValue.serverTimestamp() });
        writeAuditLog(tx, {
          actor: caller.uid,
          action: 'resource.photo.add',
          target: `resources/${resourceId}`,
          after: entry,
        });
      });
    } catch (error) {
      // An error can also follow a commit the server did apply (a lost reply): look before deleting.
      let committed: boolean;
      try {
        committed = storedPhotos(await ref.get()).some((stored) => hasId(stored, photoId));
      } catch {
        // Unknown outcome: keep the file. An unreferenced file is harmless, a dangling entry is not.
        throw error;
      }
      if (committed) return { photoId };
      await defaultBucket().file(path).delete({ ignoreNotFound: true });
      throw error;
    }
    return { photoId };
  },
);

export const handleRemoveResourcePhoto = callable(
  { input: removeResourcePhotoInputSchema, requireVerifiedEmail: true, roles: ['admin', 'assistant'] },
  async ({ resourceId, photoId }, caller): Promise<{ ok: true }> => {
    const ref = resourceRef(resourceId);
    const removed = await db().runTransaction(async (tx) => {
      const snapshot = await tx.get(ref);
      if (!snapshot.exists) throw resourceMissing();
      const photos = storedPhotos(snapshot);
      const entry = photos.find((stored) => hasId(stored, photoId));
      if (entry === undefined) return null;
      const photo = resourcePhotoSchema.parse(entry);
      tx.update(ref, {
        photos: photos.filter((stored) => stored !== entry),
        updatedAt: FieldValue.serverTimestamp(),
      });
      writeAuditLog(tx, {
        actor: caller.uid,
        action: 'resource.photo.remove',
        target: `resources/${resourceId}`,
        before: photo,
      });
      return photo;
    });
    // The entry is gone first, so no page can show a broken image. Without an entry (a retry after
    // the file deletion failed), the file at the id's path is deleted anyway: removing is repeatable.
    const path = removed?.path ?? resourcePhotoPath(resourceId, photoId);
    await defaultBucket().file(path).delete({ ignoreNotFound: true });
    return { ok: true };
  },
);

/**
 * sharp decodes up to 40 MP: processing a 40 MP PNG peaked at about 180 MB of resident memory
 * (measured, Node and sharp included), too close to the default 256 MiB once the Admin SDK is
 * loaded. The callable's 10 MB body limit holds a 5 MB photo in base64 (7 MB).
 */
const photoCallableOptions: CallableOptions = { ...callableOptions, memory: '512MiB' };

export const uploadResourcePhoto = onCall(photoCallableOptions, handleUploadResourcePhoto);
// Removing touches no pixels: the shared options are enough.
export const removeResourcePhoto = onCall(callableOptions, handleRemoveResourcePhoto);
