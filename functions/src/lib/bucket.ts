// The project's default Storage bucket (documents, invoices, attachments): the runtime's, or its
// conventional name when the runtime does not say (tests, emulator).
import { randomUUID } from 'node:crypto';
import { storage } from './admin.ts';

export function defaultBucket() {
  const instance = storage();
  if (instance.app.options.storageBucket) return instance.bucket();
  return instance.bucket(`${process.env.GCLOUD_PROJECT ?? ''}.appspot.com`);
}

/**
 * Saves a file readable by its URL alone: a download token (unguessable, held only by the document
 * that stores the URL) while the Storage rules stay deny-all. The emulator serves the same URL
 * shape when one is configured.
 */
export async function saveWithDownloadToken(
  path: string,
  data: Buffer,
  options: { contentType: string; cacheControl?: string; contentDisposition?: string },
): Promise<{ url: string }> {
  const bucket = defaultBucket();
  const token = randomUUID();
  await bucket.file(path).save(data, {
    resumable: false,
    contentType: options.contentType,
    metadata: {
      ...(options.cacheControl ? { cacheControl: options.cacheControl } : {}),
      ...(options.contentDisposition ? { contentDisposition: options.contentDisposition } : {}),
      metadata: { firebaseStorageDownloadTokens: token },
    },
  });
  const emulator = process.env.FIREBASE_STORAGE_EMULATOR_HOST;
  const origin = emulator ? `http://${emulator}` : 'https://firebasestorage.googleapis.com';
  return { url: `${origin}/v0/b/${bucket.name}/o/${encodeURIComponent(path)}?alt=media&token=${token}` };
}
